/** C1 controls and the direction marks that could reorder the message around a value. */
const INVISIBLE = /[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** What describeValue says of a field the document does not have. */
export const MISSING = '(missing)';

/** A short, safe description of a value found in a document, for messages ("found: 12.5"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return MISSING;
  let text: string;
  try {
    // undefined only for functions and symbols, which JSON documents cannot hold
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  // Shown, never obeyed: "Bình Dương\u202E" is written out with its escape.
  text = text.replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
