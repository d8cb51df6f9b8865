/** C1 controls and the direction marks that could reorder the message around a value. */
const INVISIBLE = /[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** What describeValue says of a field the document does not have. */
export const MISSING = '(missing)';

/** A short, safe description of a value found in a document, for messages ("found: 12.5"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return MISSING;
  // JSON.parse reads 1e999 as Infinity, which JSON.stringify would write as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
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

/**
 * The first rule a document broke, as a field path ("documents.feeds/42.json.failure.kind") and a
 * description of the value found there; `whole` names the document itself.
 */
export function firstIssue(
  issues: readonly { path: readonly PropertyKey[] }[],
  doc: unknown,
  whole: string,
): { field: string; found: string } {
  const path = issues[0]?.path.map(String) ?? [];
  let value: unknown = doc;
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return { field: path.join('.') || whole, found: describeValue(value) };
}
