import { useLayoutEffect, useRef } from 'react';
import { reduceKey, type DeckEffect, type DeckUi } from './deck-keys';

const FIELDS = 'input, select, textarea, [contenteditable="true"]';
const CONTROLS = `button, a[href], summary, ${FIELDS}`;

/**
 * Listens to the whole window (a clicker's keys arrive wherever the focus is) and hands each key
 * to reduceKey(); keys the deck uses do not also scroll, click or go back.
 */
export function useDeckKeys(ui: DeckUi, apply: (next: DeckUi, effect: DeckEffect) => void): void {
  const latest = useRef({ ui, apply });
  // The slide lives in the URL, which the router changes in a transition: a render made before
  // that transition commits still shows the slide from before a key's step. Until a render shows
  // another slide, the next key steps from where the keys took the deck, not from that render.
  const step = useRef<{ from: number; to: number } | null>(null);
  // Layout effects, not passive ones: a browser may paint a commit and deliver a key before the
  // commit's passive effects run, and that key must already meet this render's deck.
  useLayoutEffect(() => {
    const pending = step.current;
    if (pending !== null && ui.slide === pending.from) {
      latest.current = { ui: { ...ui, slide: pending.to }, apply };
      return;
    }
    step.current = null;
    latest.current = { ui, apply };
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      const result = reduceKey(latest.current.ui, {
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        onControl: target?.closest(CONTROLS) != null,
        onField: target?.closest(FIELDS) != null,
      });
      if (!result.handled) return;
      e.preventDefault();
      const from = step.current?.from ?? latest.current.ui.slide;
      latest.current.apply(result.ui, result.effect);
      // A clicker can send the next key before React renders this one: step from where we are.
      latest.current = { ...latest.current, ui: result.ui };
      step.current = { from, to: result.ui.slide };
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
