import type { TFunction } from 'i18next';
import { describeValue } from '../../src/data/describe-value';
import type { JsonSyntaxError } from './json-syntax';

/** A character as a publisher can look for it: printable as it is, anything else as U+FFFD. */
function shownCharacter(c: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) && c !== '\uFFFD'
    ? describeValue(c)
    : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where a text stops being JSON and the likely cause, in one or two short sentences. */
export function notJsonText(error: JsonSyntaxError | null, t: TFunction): string | null {
  if (error === null) return null;
  const { line, column, found, hint } = error;
  const where =
    line === null || column === null || hint === 'empty'
      ? null
      : found === null
        ? t('tools:notJson.atEnd', { line: String(line), column: String(column) })
        : t('tools:notJson.at', {
            line: String(line),
            column: String(column),
            found: shownCharacter(found),
          });
  const why = hint === null ? null : t(`tools:notJson.hint.${hint}`);
  const text = [where, why].filter((part) => part !== null).join(' ');
  return text === '' ? null : text;
}

/** "line 3, column 5", for a table's cell; null when the place is not known. */
export function notJsonPlace(error: JsonSyntaxError | null, t: TFunction): string | null {
  if (error?.line == null || error.column === null || error.hint === 'empty') return null;
  return t('tools:notJson.place', { line: String(error.line), column: String(error.column) });
}
