/** U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. */
const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * A name set apart from the plain-text sentence it is put into (aria labels, titles, slide lines,
 * SVG text), so right-to-left letters in it never pull a neighbouring number across it (contract
 * §2). React text puts the name in a `<bdi>` instead; spreadsheet cells stay clean.
 */
export function isolate(name: string): string {
  return `${FSI}${name}${PDI}`;
}

/** The text without isolate marks: for comparing wording, file names and spreadsheet cells. */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, '');
}
