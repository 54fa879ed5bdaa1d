/**
 * Calls `callback` in a task after the browser's next paint (a frame callback runs before its frame is painted;
 * a task queued from it runs after). Returns the function that cancels it. Without frames (tests), soon.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Calls `callback` once the browser is idle after its next paint (at the latest `timeoutMs` later): for work a
 * page wants soon but not before it has shown itself and loaded what it shows. Returns the function that cancels.
 */
export function whenIdleAfterPaint(callback: () => void, timeoutMs: number): () => void {
  let cancelIdle: () => void = () => undefined;
  const cancelPaint = afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(callback, Math.min(timeoutMs, 200));
      cancelIdle = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelPaint();
    cancelIdle();
  };
}
