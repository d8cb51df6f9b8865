/** A stop() for work done in short tasks: true once `ms` have passed since it was made. */
export function stopAfter(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() > end;
}
