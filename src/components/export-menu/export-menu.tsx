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
import type { FileExtension, FileVariant } from '../../export/file-name';
import { DashboardDataContext } from '../../hooks/dashboard-data';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { embedCode, exactViewUrl, exportText, exportWords, tableImageNotes } from './export-text';
import { createFormatters } from '../../i18n/format';
import './export-menu.css';
import { tableOf } from '../../lib/table-spec';
// Not asked for with the exporter: the screen's tables already hold it.
import { formatCell } from '../data-table/format-cell';
import { LineIcon } from '../line-icon';

export type ExportMenuProps = ExportSource;

type Format =
  | 'png-wide'
  | 'png-square'
  | 'png-tall'
  | 'png-table'
  | 'svg'
  | 'svg-table'
  | 'csv'
  | 'csv-semicolon'
  | 'xlsx'
  | 'link'
  | 'embed';

/** Spreadsheets first (Excel opens best); the semicolon CSV is offered where Excel expects it. */
function formatsFor(source: ExportSource, locale: string): Format[] {
  const tables: Format[] = [
    'xlsx',
    'csv',
    ...(locale === 'vi' ? (['csv-semicolon'] as const) : []),
  ];
  const tableImages: Format[] = ['png-table', 'svg-table'];
  const images: Format[] = !source.renderChart
    ? tableImages
    : [
        ...(source.imageShape === 'tall'
          ? (['png-tall', 'svg'] as const)
          : (['png-wide', 'png-square', 'svg'] as const)),
        ...(source.tableImages ? tableImages : []),
      ];
  return [...tables, ...images, 'link', ...(source.embed ? (['embed'] as const) : [])];
}

const LABEL_KEYS: Record<Format, string> = {
  'png-wide': 'menu.pngWide',
  'png-square': 'menu.pngSquare',
  'png-tall': 'menu.pngTall',
  'png-table': 'menu.pngTable',
  svg: 'menu.svg',
  'svg-table': 'menu.svgTable',
  csv: 'menu.csv',
  'csv-semicolon': 'menu.csvSemicolon',
  xlsx: 'menu.xlsx',
  link: 'menu.link',
  embed: 'menu.embed',
};

type Shape = 'wide' | 'square' | 'tall' | 'table';

/** Layout size of each image (the PNG has twice as many pixels); a null height is the figure's. */
const IMAGE_SIZE: Record<Shape, { width: number; height: number | null }> = {
  wide: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  tall: { width: 1200, height: null },
  table: { width: 1200, height: null },
};

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

const PNG_SHAPE: Record<'png-wide' | 'png-square' | 'png-tall' | 'png-table', Shape> = {
  'png-wide': 'wide',
  'png-square': 'square',
  'png-tall': 'tall',
  'png-table': 'table',
};

interface ExportFile {
  blob: Blob;
  name: string;
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
  const tAll = useT();
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

  const formats = formatsFor(source, locale);
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

  /** Renders the figure off screen and resolves with its element once it has settled. */
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

  const fileName = async (
    ext: FileExtension,
    variant?: FileVariant,
    page?: { page: number; pages: number },
  ) => {
    const { exportFileName } = await import('../../export/file-name');
    return exportFileName(
      source.fileName ?? { subject: { vi: source.title, en: source.title } },
      source.period,
      locale,
      ext,
      variant,
      page,
    );
  };

  /** The figure staged at the room the frame leaves it, then copied as SVG markup. */
  const figureSvg = async (
    width: number,
    height: number | null,
  ): Promise<{ body: string; height: number }> => {
    const render = source.renderChart!;
    const { domToSvg } = await import('../../export/dom-to-svg');
    let room = height;
    for (let attempt = 0; ; attempt++) {
      const element = await stageLayout({ width, height: room, renderChart: render });
      const natural = Math.ceil(element.scrollHeight);
      // A chart whose legend runs below its given height is drawn again smaller, so the legend
      // never meets the rule above the source line.
      if (height !== null && room !== null && natural > room + 1 && attempt < 2) {
        room -= natural - room;
        continue;
      }
      return { body: domToSvg(element), height: height ?? natural };
    }
  };

  /** The SVG files of an image export: one, or one per page of a table. */
  const imageSvgs = async (
    shape: Shape,
  ): Promise<{ svg: string; width: number; height: number }[]> => {
    const [{ planFrame, composeSvg }, { embeddedFontCss }] = await Promise.all([
      import('../../export/export-frame'),
      import('../../export/export-fonts'),
    ]);
    const fontCss = await embeddedFontCss();
    const base = text();
    const { width, height } = IMAGE_SIZE[shape];
    if (shape !== 'table') {
      const plan = planFrame(base, width);
      const room = height === null ? null : height - plan.headHeight - plan.footHeight;
      const figure = await figureSvg(plan.bodyWidth, room);
      return [composeSvg(plan, figure.body, figure.height, fontCss, locale)];
    }
    const { tableBodyRoom, tablePages } = await import('../../export/table-image');
    const spec = tableOf(source.table);
    const withKey = { ...base, notes: [...base.notes, ...tableImageNotes(spec, tAll)] };
    // Measured with a page number, which narrows the title's line as the pages' own will.
    const measure = planFrame(withKey, width, t('page', { page: 88, pages: 88 }));
    // Flags in words, as the screen writes them: a reader needs no key of codes.
    const pages = tablePages(
      spec,
      measure.bodyWidth,
      {
        cell: (column, value, rowState) => formatCell(column, value, tAll, f, rowState, true),
      },
      tableBodyRoom(width, measure),
    );
    return pages.map((page, i) => {
      const label = pages.length > 1 ? t('page', { page: i + 1, pages: pages.length }) : undefined;
      const plan = planFrame(withKey, width, label);
      return composeSvg(plan, page.body, page.height, fontCss, locale);
    });
  };

  const exportImage = async (format: 'png' | 'svg', shape: Shape): Promise<ExportFile[]> => {
    const svgs = await imageSvgs(shape);
    const { svgBlob, svgToPng } = await import('../../export/image');
    const variant = shape === 'square' ? 'square' : shape === 'table' ? 'table' : undefined;
    return Promise.all(
      svgs.map(async (file, i) => ({
        blob:
          format === 'png' ? await svgToPng(file.svg, file.width, file.height) : svgBlob(file.svg),
        name: await fileName(
          format,
          variant,
          svgs.length > 1 ? { page: i + 1, pages: svgs.length } : undefined,
        ),
      })),
    );
  };

  const exportCsv = async (dialect: 'standard' | 'semicolon'): Promise<ExportFile[]> => {
    const { tableToCsv, CSV_DIALECTS } = await import('../../export/csv');
    const { decimal } = CSV_DIALECTS[dialect];
    const spec = tableOf(source.table, createFormatters(locale, { decimal }));
    const csv = tableToCsv(spec, exportWords(tAll), CSV_DIALECTS[dialect]);
    return [
      {
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        name: await fileName('csv', dialect === 'semicolon' ? 'semicolon' : undefined),
      },
    ];
  };

  const exportXlsx = async () => {
    const [{ tableToSheets }, { sheetsToXlsx }] = await Promise.all([
      import('../../export/xlsx-sheets'),
      import('../../export/xlsx-file'),
    ]);
    const sheets = tableToSheets(tableOf(source.table), text(), exportWords(tAll), {
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
    return [{ blob: await sheetsToXlsx(sheets), name: await fileName('xlsx') }];
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
    if (format === 'embed') {
      if (source.embed) {
        await copyLink(
          embedCode(viewUrl(), source.embed, locale, source.title, import.meta.env.BASE_URL),
        );
      }
      return;
    }
    if (busy) return;
    const label = t(LABEL_KEYS[format]);
    setBusy(true);
    setFallbackLink(null);
    setMessage({ kind: 'status', text: t('status.working', { format: label }) });
    try {
      const work: Promise<ExportFile[]> =
        format === 'csv' || format === 'csv-semicolon'
          ? exportCsv(format === 'csv' ? 'standard' : 'semicolon')
          : format === 'xlsx'
            ? exportXlsx()
            : format === 'svg'
              ? exportImage('svg', source.imageShape === 'tall' ? 'tall' : 'wide')
              : format === 'svg-table'
                ? exportImage('svg', 'table')
                : exportImage('png', PNG_SHAPE[format]);
      const files = await withTimeout(work, EXPORT_TIMEOUT_MS, t('status.timeout'));
      const { saveBlob } = await import('../../export/download');
      for (const [i, file] of files.entries()) {
        // Browsers take several downloads from one click when they do not come all at once.
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 300));
        saveBlob(file.blob, file.name);
      }
      const names = files.map((file) => file.name).join(', ');
      setMessage({ kind: 'status', text: t('status.done', { file: names }) });
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
        {/* Drawn, not a character: no font the page loads has "⤓", and a phone may have none. */}
        <LineIcon className="export-menu__icon" d="M10 3v10M5.5 8.5 10 13l4.5-4.5M4 17h12" />
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
