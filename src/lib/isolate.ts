/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Every isolate mark (LRI, RLI, FSI, PDI): what `stripIsolates` takes out again. */
const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * Characters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
 * forms, the right-to-left blocks beyond the BMP), Arabic digits and the RLM and ALM marks: anything
 * the Unicode bidirectional algorithm could move a neighbouring number or comma around. A name
 * without any of them cannot reorder the Vietnamese or English sentence it sits in.
 */
const RIGHT_TO_LEFT =
  /[\u0590-\u08FF\u200F\u061C\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/**
 * A name set apart from the plain-text sentence it is put into (FSI … PDI), so right-to-left
 * letters in it never pull a neighbouring number, comma or word across it (contract §2 ★).
 * Names in left-to-right scripts are returned as they are: isolating them changes nothing on
 * screen and would only leave marks in accessible names and copied text. React text renders the
 * marks as `<bdi>` elements (`BidiText`); exports strip them (`stripIsolates`).
 */
export function isolate(name: string): string {
  return hasRightToLeft(name) ? `${FSI}${name}${PDI}` : name;
}

/** The text without isolate marks: for spreadsheet cells, file names and comparing wording. */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, '');
}

/**
 * A text cut into plain runs and isolated runs (the names `isolate` marked), in order, without
 * the marks: what `BidiText` renders as text and `<bdi>` elements. An unclosed FSI isolates to
 * the end, as the bidirectional algorithm does.
 */
export function isolatedRuns(text: string): { text: string; isolated: boolean }[] {
  const runs: { text: string; isolated: boolean }[] = [];
  let rest = text;
  while (rest !== '') {
    const open = rest.indexOf(FSI);
    if (open === -1) {
      runs.push({ text: rest, isolated: false });
      break;
    }
    if (open > 0) runs.push({ text: rest.slice(0, open), isolated: false });
    const close = rest.indexOf(PDI, open + 1);
    const end = close === -1 ? rest.length : close;
    runs.push({ text: rest.slice(open + 1, end), isolated: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return runs;
}
