/**
 * Calls made in the same task, sent on as one call per `size` of them at the end of the task:
 * 10,000 feeds read from a snapshot cross to the data worker in 20 messages, not 10,000, and their
 * results come back in 20 parts the page can take in short tasks.
 */
export function batchCalls<Req, Res>(
  send: (requests: Req[]) => Promise<Res[]>,
  size: number,
): (request: Req) => Promise<Res> {
  let waiting: { request: Req; resolve: (r: Res) => void; reject: (e: unknown) => void }[] = [];

  const flush = () => {
    const calls = waiting;
    waiting = [];
    for (let start = 0; start < calls.length; start += size) {
      const part = calls.slice(start, start + size);
      send(part.map((c) => c.request)).then(
        (results) => {
          part.forEach((c, i) => {
            if (i < results.length) c.resolve(results[i]!);
            else c.reject(new Error(`no result for call ${i + 1} of ${part.length}`));
          });
        },
        (error: unknown) => part.forEach((c) => c.reject(error)),
      );
    }
  };

  return (request) =>
    new Promise<Res>((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      if (waiting.length === 1) setTimeout(flush, 0);
    });
}
