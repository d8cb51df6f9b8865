import { describe, expect, it } from 'vitest';
import {
  reduceKey,
  type DeckUi,
  type KeyPress,
} from '../../../src/features/presentation/deck-keys';

const UI: DeckUi = { slide: 3, count: 10, digits: '', black: false, overview: false };

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    onControl: false,
    onField: false,
    ...extra,
  };
}

function slideAfter(keys: string[], ui: DeckUi = UI): DeckUi {
  return keys.reduce((state, key) => reduceKey(state, press(key)).ui, ui);
}

describe('reduceKey', () => {
  it('goes forward with the keys a clicker or keyboard sends for "next"', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']) {
      const result = reduceKey(UI, press(key));
      expect(result.ui.slide).toBe(4);
      expect(result.handled).toBe(true);
    }
  });

  it('goes back with the keys for "previous"', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']) {
      expect(reduceKey(UI, press(key)).ui.slide).toBe(2);
    }
  });

  it('stops at the first and the last slide, and jumps there with Home and End', () => {
    expect(slideAfter(['PageDown'], { ...UI, slide: 10 }).slide).toBe(10);
    expect(slideAfter(['PageUp'], { ...UI, slide: 1 }).slide).toBe(1);
    expect(slideAfter(['End']).slide).toBe(10);
    expect(slideAfter(['Home']).slide).toBe(1);
  });

  it('goes to a slide typed as digits then Enter, within the deck', () => {
    const typed = slideAfter(['1', '2']);
    expect(typed.digits).toBe('12');
    expect(typed.slide).toBe(3);
    expect(slideAfter(['7', 'Enter'])).toMatchObject({ slide: 7, digits: '' });
    expect(slideAfter(['1', '2', 'Enter']).slide).toBe(10);
    expect(slideAfter(['0', 'Enter']).slide).toBe(1);
    // Backspace edits the number, Escape drops it; neither moves nor exits.
    expect(slideAfter(['1', '2', 'Backspace', 'Enter']).slide).toBe(1);
    const dropped = reduceKey({ ...UI, digits: '5' }, press('Escape'));
    expect(dropped.ui).toMatchObject({ slide: 3, digits: '' });
    expect(dropped.effect).toBeNull();
    // Any other step forgets the number.
    expect(slideAfter(['5', 'PageDown'])).toMatchObject({ slide: 4, digits: '' });
  });

  it('blacks the screen with "." or "b", and any key brings it back without acting', () => {
    for (const key of ['.', 'b', 'B']) expect(reduceKey(UI, press(key)).ui.black).toBe(true);
    const black = { ...UI, black: true };
    const back = reduceKey(black, press('PageDown'));
    expect(back.ui).toMatchObject({ black: false, slide: 3 });
    expect(back.handled).toBe(true);
    expect(reduceKey(black, press('Escape')).effect).toBeNull();
    // A modifier alone is not "a key".
    expect(reduceKey(black, press('Shift')).ui.black).toBe(true);
  });

  it('opens the overview with g or t and closes it with the same keys or Escape', () => {
    expect(reduceKey(UI, press('g')).ui.overview).toBe(true);
    expect(reduceKey(UI, press('T')).ui.overview).toBe(true);
    const open = { ...UI, overview: true };
    expect(reduceKey(open, press('Escape')).ui.overview).toBe(false);
    expect(reduceKey(open, press('t')).ui.overview).toBe(false);
    // Inside the overview, other keys are the panel's own (Tab, Enter on a thumbnail).
    expect(reduceKey(open, press('PageDown')).handled).toBe(false);
    // Typing a letter in its unit picker does not close it.
    expect(reduceKey(open, press('g', { onField: true })).handled).toBe(false);
  });

  it('exits with Escape pressed twice (clickers send one Esc) and asks for full screen with f', () => {
    const once = reduceKey(UI, press('Escape'));
    expect(once.effect).toBeNull();
    expect(once.ui.exitArmed).toBe(true);
    expect(reduceKey(once.ui, press('Escape')).effect).toBe('exit');
    // Any other key in between cancels: the next Esc asks again.
    const moved = reduceKey(once.ui, press('PageDown'));
    expect(moved.ui.exitArmed).toBe(false);
    expect(reduceKey(moved.ui, press('Escape')).effect).toBeNull();
    expect(reduceKey(UI, press('f')).effect).toBe('fullscreen');
  });

  it('leaves Enter and Space to a focused button, and shortcuts with modifiers to the browser', () => {
    expect(reduceKey(UI, press('Enter', { onControl: true })).handled).toBe(false);
    expect(reduceKey(UI, press(' ', { onControl: true })).handled).toBe(false);
    expect(reduceKey(UI, press('PageDown', { onControl: true })).ui.slide).toBe(4);
    expect(reduceKey(UI, press('p', { ctrlKey: true })).handled).toBe(false);
    expect(reduceKey(UI, press('ArrowRight', { altKey: true })).handled).toBe(false);
    expect(reduceKey(UI, press('x')).handled).toBe(false);
  });

  it('does not move while the deck is still loading, but still exits', () => {
    const loading = { ...UI, slide: 1, count: 0 };
    expect(reduceKey(loading, press('PageDown')).ui.slide).toBe(1);
    expect(reduceKey(reduceKey(loading, press('Escape')).ui, press('Escape')).effect).toBe('exit');
  });
});
