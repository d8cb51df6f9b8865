import { useSyncExternalStore } from 'react';

/** The stage is laid out at 1920 × 1080 and scaled to fit the screen, letterboxed. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

function scaleNow(): number {
  return Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
}

/** How much the 16:9 stage is scaled to fill the window (1 at 1920 × 1080, ⅔ at 1280 × 720). */
export function useStageScale(): number {
  return useSyncExternalStore(subscribe, scaleNow, () => 1);
}
