/**
 * Text folded for searching: lower case, without diacritics, đ/Đ as d, spaces collapsed, so
 * "ha tinh", "Hà Tĩnh" and "HA  TINH" all fold to "ha tinh".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `query` (typed by a user) occurs in any of `texts`, ignoring case and diacritics. */
export function matchesFolded(query: string, texts: readonly string[]): boolean {
  const q = foldText(query);
  if (q === '') return true;
  return texts.some((text) => foldText(text).includes(q));
}
