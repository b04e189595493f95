/**
 * Marks a promise that is started now and awaited later as handled, so a rejection before the
 * await is not an unhandled rejection (which would end the process); awaiting it still throws.
 */
export function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
