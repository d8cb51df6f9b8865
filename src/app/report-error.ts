/**
 * An error an error boundary caught and showed to the user (with a way to retry). It is logged
 * as a warning for whoever debugs, not as an uncaught error: the page handled it.
 */
export function reportHandledError(error: unknown, info?: unknown): void {
  console.warn('Handled by an error boundary:', error, info);
}
