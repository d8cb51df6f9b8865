import { Fragment } from 'react';
import { isolatedRuns } from '../lib/isolate';

/**
 * A sentence built as plain text (an i18n message with names put in by `isolate`) rendered with
 * each isolated name in a `<bdi>` element instead of the FSI … PDI marks: the same isolation on
 * screen, while copied text, accessible names and exports carry no control characters.
 */
export function BidiText({ text }: { text: string }) {
  const runs = isolatedRuns(text);
  if (runs.length === 1 && !runs[0]!.isolated) return text;
  return runs.map((run, i) =>
    run.isolated ? <bdi key={i}>{run.text}</bdi> : <Fragment key={i}>{run.text}</Fragment>,
  );
}
