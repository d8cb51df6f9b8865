/**
 * A step of work before a render; returning true asks to be run again in the next task, and a
 * promise (work done elsewhere, such as in a worker) holds the next step until it settles.
 */
export type PrepareStep = () => boolean | void | Promise<unknown>;

/**
 * Runs the steps `start` gives (asked for when the first task comes, after `wait` ms), each in a
 * task of its own, then `done`. Returns a cancel: no step and no `done` runs after it.
 */
export function runInTasks(start: () => PrepareStep[], done: () => void, wait = 0): () => void {
  let steps: PrepareStep[] | null = null;
  let dropped = false;
  const step = () => {
    steps ??= start();
    const next = steps[0];
    if (!next) {
      done();
      return;
    }
    const result = next();
    if (result !== true) steps.shift();
    if (result instanceof Promise) {
      const resume = () => {
        if (!dropped) timer = setTimeout(step, 0);
      };
      result.then(resume, resume);
    } else timer = setTimeout(step, 0);
  };
  let timer = setTimeout(step, wait);
  return () => {
    dropped = true;
    clearTimeout(timer);
  };
}
