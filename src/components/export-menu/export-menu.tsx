import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentType,
  type KeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import type { ExportLayoutProps } from '../../export/export-layout';
import type { ExportSource } from '../../export/export-source';
import type { FileExtension } from '../../export/file-name';
import { DashboardDataContext } from '../../hooks/dashboard-data';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { embedCode, exactViewUrl, exportText, exportWords } from './export-text';
import './export-menu.css';
import type { TableSpec } from '../../lib/table-spec';

export type ExportMenuProps = ExportSource;

function tableOf(source: ExportSource): TableSpec {
  return typeof source.table === 'function' ? source.table() : source.table;
}

type Format = 'png-wide' | 'png-square' | 'png-table' | 'svg' | 'csv' | 'xlsx' | 'link' | 'embed';

const CHART_FORMATS: readonly Format[] = ['png-wide', 'png-square', 'svg', 'csv', 'xlsx', 'link'];
const TABLE_FORMATS: readonly Format[] = ['png-table', 'svg', 'csv', 'xlsx', 'link'];

const LABEL_KEYS: Record<Format, string> = {
  'png-wide': 'menu.pngWide',
  'png-square': 'menu.pngSquare',
  'png-table': 'menu.pngTable',
  svg: 'menu.svg',
  csv: 'menu.csv',
  xlsx: 'menu.xlsx',
  link: 'menu.link',
  embed: 'menu.embed',
};

/** CSS size of each image; a null height is the table's own height. */
const IMAGE_SIZE = {
  wide: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  table: { width: 1200, height: null },
} as const;

const STAGE_TIMEOUT_MS = 20_000;
/** No export may leave the menu saying "working…" for ever (a blocked worker, a stuck fetch). */
const EXPORT_TIMEOUT_MS = 90_000;

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Stage {
  Layout: ComponentType<ExportLayoutProps>;
  props: ExportLayoutProps;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

/**
 * "Tải xuống / chia sẻ": a menu button (WAI-ARIA menu pattern) with PNG, SVG, CSV, Excel and
 * copy link. Every export library loads on demand, when an item is chosen. Images are drawn from
 * a dedicated layout at the chosen size (title, period, target, chart, source, notes), never
 * from a screenshot of the page. Progress, success and failure are said in words.
 */
export function ExportMenu(source: ExportMenuProps) {
  const t = useT('export');
  const f = useFormatters();
  const locale = useLocale();
  const data = useContext(DashboardDataContext);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const fallbackRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  // The live region appears when the menu is first used (so it exists before anything is said
  // into it) and not before: a page of many charts does not carry dozens of empty regions.
  const [used, setUsed] = useState(false);

  const formats: readonly Format[] = [
    ...(source.renderChart ? CHART_FORMATS : TABLE_FORMATS),
    ...(source.embed ? (['embed'] as const) : []),
  ];
  const feeds = data?.state ? { settled: data.state.settled, total: data.state.total } : null;

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (fallbackLink === null) return;
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [fallbackLink]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
    setUsed(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(formats.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const last = formats.length - 1;
    const move: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key in move) {
      event.preventDefault();
      setActive(move[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const viewUrl = () => exactViewUrl(window.location.href, locale, source.period);
  const text = () => exportText(source, t, f, feeds, viewUrl());

  /** Renders the export layout off screen and resolves with its element once it has settled. */
  const stageLayout = useCallback(
    async (layoutProps: Omit<ExportLayoutProps, 'onReady' | 'onError'>): Promise<HTMLElement> => {
      const { ExportLayout } = await import('../../export/export-layout');
      return new Promise<HTMLElement>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(t('status.timeout'))), STAGE_TIMEOUT_MS);
        setStage({
          Layout: ExportLayout,
          props: {
            ...layoutProps,
            onReady: (element) => {
              clearTimeout(timer);
              resolve(element);
            },
            onError: (error) => {
              clearTimeout(timer);
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          },
        });
      });
    },
    [t],
  );

  const fileName = async (ext: FileExtension, variant?: 'square' | 'table') => {
    const { exportFileName } = await import('../../export/file-name');
    return exportFileName(
      source.fileName ?? { subject: { vi: source.title, en: source.title } },
      source.period,
      locale,
      ext,
      variant,
    );
  };

  const exportImage = async (format: 'png' | 'svg', size: keyof typeof IMAGE_SIZE) => {
    const { width, height } = IMAGE_SIZE[size];
    const images = import('../../export/image');
    const element = await stageLayout({
      text: text(),
      width,
      height,
      renderChart: source.renderChart,
      table: tableOf(source),
    });
    const { renderPng, renderSvg } = await images;
    const box = { width, height: height ?? Math.ceil(element.getBoundingClientRect().height) };
    const blob = format === 'png' ? await renderPng(element, box) : await renderSvg(element, box);
    const variant = size === 'square' ? 'square' : size === 'table' ? 'table' : undefined;
    return { blob, name: await fileName(format, variant) };
  };

  const exportCsv = async () => {
    const { tableToCsv } = await import('../../export/csv');
    const csv = tableToCsv(tableOf(source), exportWords(t));
    return {
      blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      name: await fileName('csv'),
    };
  };

  const exportXlsx = async () => {
    const [{ tableToSheets }, { sheetsToXlsx }] = await Promise.all([
      import('../../export/xlsx-sheets'),
      import('../../export/xlsx-file'),
    ]);
    const sheets = tableToSheets(tableOf(source), text(), exportWords(t), {
      dataSheet: t('sheet.data'),
      notesSheet: t('sheet.notes'),
      title: t('sheet.title'),
      subtitle: t('sheet.subtitle'),
      period: t('sheet.period'),
      target: t('sheet.target'),
      source: t('sheet.source'),
      note: t('sheet.note'),
      provisional: t('sheet.provisional'),
      link: t('sheet.link'),
    });
    return { blob: await sheetsToXlsx(sheets), name: await fileName('xlsx') };
  };

  const copyLink = async (url = viewUrl()) => {
    setFallbackLink(null);
    try {
      // Called straight from the click, so the browser sees a user gesture.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setMessage({ kind: 'status', text: t('status.copied') });
    } catch {
      setFallbackLink(url);
      setMessage({ kind: 'status', text: t('status.copyFallback') });
    }
  };

  const run = async (format: Format) => {
    close(true);
    if (format === 'link') {
      await copyLink();
      return;
    }
    if (format === 'embed' && source.embed) {
      await copyLink(
        embedCode(viewUrl(), source.embed, locale, source.title, import.meta.env.BASE_URL),
      );
      return;
    }
    if (busy) return;
    const label = t(LABEL_KEYS[format]);
    setBusy(true);
    setFallbackLink(null);
    setMessage({ kind: 'status', text: t('status.working', { format: label }) });
    try {
      const work =
        format === 'csv'
          ? exportCsv()
          : format === 'xlsx'
            ? exportXlsx()
            : format === 'svg'
              ? exportImage('svg', source.renderChart ? 'wide' : 'table')
              : exportImage(
                  'png',
                  format === 'png-square' ? 'square' : format === 'png-table' ? 'table' : 'wide',
                );
      const file = await withTimeout(work, EXPORT_TIMEOUT_MS, t('status.timeout'));
      const { saveBlob } = await import('../../export/download');
      saveBlob(file.blob, file.name);
      setMessage({ kind: 'status', text: t('status.done', { file: file.name }) });
    } catch (error) {
      const detail = error instanceof Error && error.message ? error.message : t('status.unknown');
      setMessage({ kind: 'error', text: t('status.failed', { format: label, detail }) });
    } finally {
      setStage(null);
      setBusy(false);
    }
  };

  return (
    <div
      className="export-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) {
          close(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('menu.label', { title: source.title })}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(true) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        <span aria-hidden="true" className="export-menu__icon">
          ⤓
        </span>
        {t('menu.button')}
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          className="export-menu__list"
          aria-label={t('menu.button')}
          onKeyDown={onMenuKeyDown}
        >
          {formats.map((format, i) => (
            <li key={format} role="none">
              <button
                ref={(el) => {
                  itemRefs.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                className="export-menu__item"
                onClick={() => void run(format)}
                onMouseEnter={() => setActive(i)}
              >
                {t(LABEL_KEYS[format])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {used && (
        <p role="status" className="export-menu__status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
      )}
      {message?.kind === 'error' && (
        <p role="alert" className="export-menu__error">
          {message.text}
        </p>
      )}
      {fallbackLink !== null && (
        <label className="export-menu__fallback">
          <span>{t('status.linkLabel')}</span>
          <input ref={fallbackRef} type="text" readOnly value={fallbackLink} />
        </label>
      )}
      {stage && createPortal(<stage.Layout {...stage.props} />, document.body)}
    </div>
  );
}
