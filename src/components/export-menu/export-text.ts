import type { TFunction } from 'i18next';
import { formatPeriod } from '../../domain/period';
import type { ExportSource, ExportText } from '../../export/export-source';
import type { ExportWords } from '../../export/table-rows';
import type { Formatters } from '../../i18n/format';
import { valueStateText } from '../value-state-label';
import { isolate, stripIsolates } from '../../lib/isolate';
import type { TableSpec } from '../../lib/table-spec';

/** A target in words: "Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)". */
export function targetText(
  target: NonNullable<ExportSource['target']>,
  t: TFunction,
  f: Formatters,
): string {
  return t('export:target', {
    value: f.target(target.value),
    deadline: f.month(target.deadline),
    basis: target.basis[f.locale],
  });
}

/** The plain texts an export carries, in the view's language. */
export function exportText(
  source: ExportSource,
  t: TFunction,
  f: Formatters,
  feeds: { settled: number; total: number } | null,
  link: string,
): ExportText {
  return {
    title: source.title,
    subtitle: source.subtitle ?? null,
    asOf: t('common:period.asOf', { period: f.month(source.period) }),
    periodIso: formatPeriod(source.period),
    target: source.target ? targetText(source.target, t, f) : null,
    source: t('common:source.line'),
    notes: [...(source.notes ?? [])],
    provisional:
      feeds && feeds.settled < feeds.total
        ? t('export:provisional', { settled: feeds.settled, total: feeds.total })
        : null,
    mark: t('common:app.title'),
    link,
  };
}

/** Status and flag words and unit suffixes for CSV and Excel headers and cells. */
export function exportWords(t: TFunction): ExportWords {
  return {
    status: (status) => t(`common:status.${status}`),
    flag: (rule) => t(`common:flag.${rule}`),
    valueState: (cell) => valueStateText(cell.state, cell.fault, t),
    unit: {
      percent: t('export:unit.percent'),
      points: t('export:unit.points'),
      pointsPerMonth: t('export:unit.pointsPerMonth'),
    },
    unitId: t('export:unitId'),
  };
}

const NAMED_MISSING = 10;

/**
 * Coverage as export notes: "Tính trên 61/63 tỉnh, thành phố có báo cáo" and, when units are
 * missing, which ones (the first ten by name, then how many more).
 */
export function coverageNotes(
  coverage: { reported: number; total: number; missing: readonly string[] },
  names: ReadonlyMap<string, string>,
  t: TFunction,
): string[] {
  const notes = [
    t('common:coverage.basedOn', { reported: coverage.reported, total: coverage.total }),
  ];
  if (coverage.missing.length === 0) return notes;
  const named = coverage.missing.slice(0, NAMED_MISSING).map((id) => isolate(names.get(id) ?? id));
  const more = coverage.missing.length - named.length;
  notes.push(
    more > 0
      ? t('common:coverage.missingMore', { names: named.join(', '), count: more })
      : t('common:coverage.missing', { names: named.join(', ') }),
  );
  return notes;
}

/**
 * The link to exactly this view: the current address, with the language and the period pinned
 * when the address leaves them to defaults (a default period moves on when new data arrives).
 */
export function exactViewUrl(href: string, locale: string, period: number): string {
  const url = new URL(href);
  if (!url.searchParams.get('lang')) url.searchParams.set('lang', locale);
  if (!url.searchParams.get('period')) url.searchParams.set('period', formatPeriod(period));
  return url.toString();
}

/**
 * The notes a table image adds to its export's: what its rank changes mean (a zero is no move,
 * "–" no rank to compare), when it has a column of them.
 */
export function tableImageNotes(spec: TableSpec, t: TFunction): string[] {
  return spec.columns.some((c) => c.kind === 'rankChange') ? [t('export:rankChangeKey')] : [];
}

/**
 * The <iframe> code that embeds a chart's chrome-less route (`embedPath`, e.g. "embed/trend",
 * relative to the app's base) with the view's state, language and period pinned.
 */
export function embedCode(
  href: string,
  embedPath: string,
  locale: string,
  title: string,
  base = '/',
): string {
  const view = new URL(href);
  const url = new URL(base.replace(/\/?$/, '/') + embedPath.replace(/^\//, ''), view.origin);
  url.search = view.search;
  if (!url.searchParams.get('lang')) url.searchParams.set('lang', locale);
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<iframe src="${escape(url.toString())}" title="${escape(stripIsolates(title))}" ` +
    `width="100%" height="560" loading="lazy" referrerpolicy="no-referrer" ` +
    `style="border:0;max-width:1200px"></iframe>`
  );
}
