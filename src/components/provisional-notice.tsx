import { useFormatters, useT } from '../i18n/use-locale';

/**
 * While feeds are still out, what the figures on the screen rest on, in the screen's own words
 * (its namespace's `provisional`, and `provisionalNone` before the first feed is in).
 */
export function ProvisionalNotice({
  ns,
  settled,
  total,
  className,
}: {
  ns: string;
  settled: number;
  total: number;
  className: string;
}) {
  const t = useT(ns);
  const f = useFormatters();
  if (settled >= total) return null;
  return (
    <p className={className}>
      {settled === 0
        ? t('provisionalNone')
        : t('provisional', { settled: f.count(settled), total: f.count(total) })}
    </p>
  );
}
