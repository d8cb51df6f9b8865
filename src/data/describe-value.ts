/** A short, safe description of a value found in a document, for messages ("found: 12.5"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    // undefined only for functions and symbols, which JSON documents cannot hold
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
