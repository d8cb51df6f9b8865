/**
 * Where a text stops being JSON, and the likely cause, so that a publisher can open the file at the
 * right line. The scan is our own (not JSON.parse's message, whose wording differs from one Node
 * version to the next) and has no recursion, so a deeply nested text cannot overflow the stack.
 */

/** The usual causes of a text that is not JSON, each worded for the publisher (tools.json). */
export type NotJsonHint =
  | 'empty'
  | 'encoding'
  | 'html'
  | 'trailing-comma'
  | 'single-quotes'
  | 'comment'
  | 'unquoted-name'
  | 'ends-early';

export interface JsonSyntaxError {
  /** 1-based, counted in the text as decoded; null when the error lies past the text kept. */
  line: number | null;
  column: number | null;
  /** The character found where JSON could not go on; null at the end of the text. */
  found: string | null;
  hint: NotJsonHint | null;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A string's characters: anything but a quote, a backslash or a control character, or an escape.
// eslint-disable-next-line no-control-regex
const STRING_CHAR = /[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'];

type Expect =
  'value' | 'value-or-close' | 'name' | 'name-or-close' | 'colon' | 'comma-or-close' | 'end';

/**
 * The offset of the first character that breaks JSON's grammar and what the grammar wanted there,
 * or null when the text is JSON.
 */
function jsonErrorAt(text: string): { offset: number; wanted: Expect } | null {
  const open: string[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  /** Past the string that starts at i, or the offset where it breaks. */
  const string = (): number | null => {
    i++;
    for (;;) {
      if (i >= text.length) return i;
      if (text[i] === '"') {
        i++;
        return null;
      }
      STRING_CHAR.lastIndex = i;
      if (!STRING_CHAR.test(text)) return i;
      i = STRING_CHAR.lastIndex;
    }
  };
  const afterValue = () => {
    expect = open.length === 0 ? 'end' : 'comma-or-close';
  };
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? null : { offset: i, wanted: expect };
    if (expect === 'end') return { offset: i, wanted: expect };
    const c = text[i]!;
    const closes = (c === '}' && open.at(-1) === '{') || (c === ']' && open.at(-1) === '[');
    if (closes && expect.endsWith('-or-close')) {
      open.pop();
      i++;
      afterValue();
      continue;
    }
    if (expect === 'comma-or-close') {
      if (c !== ',') return { offset: i, wanted: expect };
      i++;
      expect = open.at(-1) === '{' ? 'name' : 'value';
      continue;
    }
    if (expect === 'name' || expect === 'name-or-close') {
      if (c !== '"') return { offset: i, wanted: expect };
      const broken = string();
      if (broken !== null) return { offset: broken, wanted: expect };
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return { offset: i, wanted: expect };
      i++;
      expect = 'value';
      continue;
    }
    // a value ('value' or 'value-or-close')
    if (c === '{' || c === '[') {
      open.push(c);
      i++;
      expect = c === '{' ? 'name-or-close' : 'value-or-close';
      continue;
    }
    if (c === '"') {
      const broken = string();
      if (broken !== null) return { offset: broken, wanted: expect };
      afterValue();
      continue;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      afterValue();
      continue;
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return { offset: i, wanted: expect };
    i = NUMBER.lastIndex;
    afterValue();
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function previousNonSpace(text: string, offset: number): string | null {
  for (let k = offset - 1; k >= 0; k--) if (!WHITESPACE.has(text[k]!)) return text[k]!;
  return null;
}

function hintAt(text: string, offset: number, wanted: Expect): NotJsonHint | null {
  const start = text.trimStart();
  if (start === '') return 'empty';
  // UTF-16 read as UTF-8 has a NUL beside every ASCII letter; its byte-order mark, and any other
  // byte that is not UTF-8, decodes as U+FFFD.
  if (text.includes('\u0000') || text[offset] === '\uFFFD') return 'encoding';
  if (start.startsWith('<')) return 'html';
  const c = text[offset];
  if (c === undefined) return 'ends-early';
  if ((c === '}' || c === ']') && previousNonSpace(text, offset) === ',') return 'trailing-comma';
  if (c === "'") return 'single-quotes';
  if (c === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) return 'comment';
  if (wanted.startsWith('name') && /[A-Za-z_$]/.test(c)) return 'unquoted-name';
  return null;
}

/**
 * Where and why `text` is not JSON; null when it is. `cut` says the text is only the start of the
 * document (the tools keep 64 k characters of a response that is not JSON): an error found at its
 * very end may lie further on, so no place is given for it.
 */
export function jsonSyntaxError(text: string, cut = false): JsonSyntaxError | null {
  const error = jsonErrorAt(text);
  if (error === null) return null;
  const { offset } = error;
  const hint = hintAt(text, offset, error.wanted);
  if (offset >= text.length && cut) {
    return { line: null, column: null, found: null, hint: hint === 'ends-early' ? null : hint };
  }
  const { line, column } = lineAndColumn(text, offset);
  return { line, column, found: text[offset] ?? null, hint };
}
