import { fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DeckUi } from '../../src/features/presentation/deck-keys';
import { useDeckKeys } from '../../src/features/presentation/use-deck-keys';

const at = (slide: number): DeckUi => ({
  slide,
  count: 10,
  digits: '',
  black: false,
  overview: false,
  exitArmed: false,
});

function deck(slide: number) {
  const apply = vi.fn();
  const hook = renderHook(({ ui }) => useDeckKeys(ui, apply), { initialProps: { ui: at(slide) } });
  const press = (key: string) => fireEvent.keyDown(window, { key });
  const slides = () => apply.mock.calls.map(([next]) => (next as DeckUi).slide);
  return { hook, press, slides };
}

describe('useDeckKeys and the slide in the URL', () => {
  it('a render still showing the old slide does not undo a step: two quick presses, two slides', () => {
    const { hook, press, slides } = deck(1);
    press('PageDown');
    // Re-rendered for another reason before the router's transition to slide 2 committed.
    hook.rerender({ ui: at(1) });
    press('PageDown');
    expect(slides()).toEqual([2, 3]);
    hook.rerender({ ui: at(3) });
    press('PageDown');
    expect(slides()).toEqual([2, 3, 4]);
  });

  it('a slide chosen some other way (a thumbnail) is where the next key steps from', () => {
    const { hook, press, slides } = deck(1);
    press('PageDown');
    hook.rerender({ ui: at(7) });
    press('PageDown');
    expect(slides()).toEqual([2, 8]);
  });
});
