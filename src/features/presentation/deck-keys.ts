/**
 * What a key does in the deck: keyboards and presentation clickers (which send PageDown/PageUp,
 * arrows, and sometimes "." or "b"). Pure: the deck's state and a key in, the next state out.
 */
export interface DeckUi {
  /** 1-based slide number. */
  slide: number;
  /** Slides in the deck (0 while it is still loading). */
  count: number;
  /** Digits typed so far for "go to slide n" (Enter jumps). */
  digits: string;
  black: boolean;
  overview: boolean;
  /**
   * Esc was pressed once: a second Esc leaves the deck, any other key cancels. Clickers send Esc
   * for their "stop" button, so one press must not end the meeting's deck.
   */
  exitArmed?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is on a button, link or form field, which handles Enter and Space itself. */
  onControl: boolean;
  /** Focus is on a form field, where letters are typed, not commands. */
  onField: boolean;
}

export type DeckEffect = 'exit' | 'fullscreen' | null;

export interface KeyResult {
  ui: DeckUi;
  effect: DeckEffect;
  /** The deck used the key (the browser's default action is prevented). */
  handled: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
const BLACK = new Set(['.', 'b', 'B']);
const OVERVIEW = new Set(['g', 'G', 't', 'T']);
const FULLSCREEN = new Set(['f', 'F']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'NumLock', 'Fn']);
const MAX_DIGITS = 4;

function clampSlide(n: number, count: number): number {
  return count < 1 ? 1 : Math.min(count, Math.max(1, n));
}

export function reduceKey(ui: DeckUi, press: KeyPress): KeyResult {
  const unchanged: KeyResult = { ui, effect: null, handled: false };
  const to = (patch: Partial<DeckUi>, effect: DeckEffect = null): KeyResult => ({
    ui: { ...ui, exitArmed: false, ...patch },
    effect,
    handled: true,
  });
  const { key } = press;
  if (press.ctrlKey || press.metaKey || press.altKey || MODIFIERS.has(key)) return unchanged;

  // A black screen: any key brings the slide back, and does nothing else.
  if (ui.black) return to({ black: false });

  // The thumbnail overview is an ordinary panel: only its own keys close it.
  if (ui.overview) {
    if (key === 'Escape') return to({ overview: false });
    return OVERVIEW.has(key) && !press.onField ? to({ overview: false }) : unchanged;
  }

  if (/^[0-9]$/.test(key)) return to({ digits: (ui.digits + key).slice(-MAX_DIGITS) });
  if (ui.digits !== '') {
    if (key === 'Enter') {
      return to({ slide: clampSlide(Number(ui.digits), ui.count), digits: '' });
    }
    if (key === 'Backspace') return to({ digits: ui.digits.slice(0, -1) });
    if (key === 'Escape') return to({ digits: '' });
  }

  if ((key === 'Enter' || key === ' ') && press.onControl) return unchanged;
  if (NEXT.has(key)) return to({ slide: clampSlide(ui.slide + 1, ui.count), digits: '' });
  if (PREVIOUS.has(key)) return to({ slide: clampSlide(ui.slide - 1, ui.count), digits: '' });
  if (key === 'Home') return to({ slide: 1, digits: '' });
  if (key === 'End') return to({ slide: clampSlide(ui.count, ui.count), digits: '' });
  if (BLACK.has(key)) return to({ black: true, digits: '' });
  if (OVERVIEW.has(key)) return to({ overview: true, digits: '' });
  if (FULLSCREEN.has(key)) return to({ digits: '' }, 'fullscreen');
  if (key === 'Escape') return ui.exitArmed ? to({}, 'exit') : to({ exitArmed: true });
  return unchanged;
}
