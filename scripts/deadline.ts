/**
 * A time limit on a promise, for the browser tests and the benchmarks: a page
 * that never answers fails the run, naming what it waited for, instead of
 * hanging it.
 */

/** Rejects, naming `what`, when `work` has not settled within `ms`; the timer never outlives the work. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
