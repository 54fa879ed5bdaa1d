import { StrictMode, useEffect } from 'react';
import { App } from '../App';
import { corpusSource } from './corpus-source';
import { markAppStarted } from './perf-marks';

/** Marks the first commit in the browser (hydrated or rendered); effects never run in the build's render. */
function StartedMark() {
  useEffect(() => markAppStarted(), []);
  return null;
}

/**
 * The app as the browser starts it and as the build prerenders the list into index.html: one element for both,
 * so the hydrated tree is the prerendered one.
 */
export function AppRoot() {
  return (
    <StrictMode>
      <App data={corpusSource()} />
      <StartedMark />
    </StrictMode>
  );
}
