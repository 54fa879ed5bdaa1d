import type { Steps } from '../../core/steps/steps';

/** Milliseconds of work per slice: well under the 50 ms at which a task counts as long. */
const SLICE_MS = 8;

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** A new task: a message posted to oneself is not clamped like nested `setTimeout(0)`s are. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` in tasks of about `SLICE_MS` each, so the browser paints and answers input between them.
 * Resolves with the result; rejects with the signal's reason once it aborts (the remaining steps never run).
 */
export async function runInSlices<T>(steps: Steps<T>, signal: AbortSignal): Promise<T> {
  let started = now();
  for (;;) {
    signal.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - started >= SLICE_MS) {
      await nextTask();
      started = now();
    }
  }
}
