/*
 * Work in steps: a generator that yields between parts of a long computation, so a page can give the browser
 * its turn there (src/ui/hooks/run-in-slices.ts) while the CLI and the build run the same code to the end at once.
 */

/** A computation of `T` that may pause at each `yield`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
