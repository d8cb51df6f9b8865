import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckUi } from '../../src/features/presentation/deck-keys';
import { useDeckKeys } from '../../src/features/presentation/use-deck-keys';

const UI: DeckUi = {
  slide: 1,
  count: 10,
  digits: '',
  black: false,
  overview: false,
  exitArmed: false,
};

function Deck({ apply }: { apply: (next: DeckUi) => void }) {
  useDeckKeys(UI, apply);
  return <p className="slide">Slide 1</p>;
}

/*
 * A browser paints a commit and may deliver the next key before React runs the commit's passive
 * effects (they wait for a later task). Outside act(), React behaves as in the browser: the key is
 * sent from a MutationObserver, which runs right after the commit's task and before that later one.
 */
describe('useDeckKeys on the first frame', () => {
  let acting: unknown;
  beforeEach(() => {
    acting = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = acting;
  });

  it('a key pressed as soon as the slide is on screen is not lost', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const apply = vi.fn();
    const pressed = new Promise<void>((resolve) => {
      const seen = new MutationObserver(() => {
        if (container.querySelector('.slide') === null) return;
        seen.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
        resolve();
      });
      seen.observe(container, { childList: true, subtree: true });
    });
    const root = createRoot(container);
    startTransition(() => root.render(<Deck apply={apply} />));
    await pressed;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(apply.mock.calls.map(([next]) => (next as DeckUi).slide)).toEqual([10]);
    root.unmount();
    container.remove();
  });
});
