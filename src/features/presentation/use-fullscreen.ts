import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isActive = () => document.fullscreenElement != null;

/** The Fullscreen API, where the browser has it (it needs a click or a key press to start). */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, isActive, () => false);
  const supported =
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function';
  const toggle = () => {
    if (!supported) return;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // Refused (no user gesture, a policy): the deck works the same in a window.
    request.catch(() => undefined);
  };
  return { active, supported, toggle };
}
