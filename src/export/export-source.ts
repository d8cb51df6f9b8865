import type { ReactNode } from 'react';
import type { MonthIndex } from '../domain/period';
import type { ExportFileName, ExportTarget, TableSource } from '../lib/table-spec';

/** The size of the chart area in an exported image, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * Everything an export carries besides its pixels: what it is (title, subtitle), when (period),
 * against what (target and basis), with what caveats (notes: coverage, missing units), and the
 * numbers behind it (table). Types only: this file costs nothing in the initial bundle.
 */
export interface ExportSource {
  title: string;
  subtitle?: string;
  period: MonthIndex;
  notes?: readonly string[];
  target?: ExportTarget | null;
  /** The numbers behind it; a function when building them is costly (thousands of rows). */
  table: TableSource;
  fileName?: ExportFileName;
  /**
   * The chart, re-rendered for the image at the export layout's size. Without it the images show
   * the table.
   */
  renderChart?: (size: ChartSize) => ReactNode;
  /**
   * 'wide' (default): a chart, exported as 16:9 and square images. 'tall': a figure that takes
   * the height it needs at the image's width (the print map), exported as one tall image.
   */
  imageShape?: 'wide' | 'tall';
  /**
   * Offer the paged table images as well as the chart's (a ranking: its bar chart is the
   * default picture, its table for print beside it). Without a chart they are always offered.
   */
  tableImages?: boolean;
  /**
   * The chart's chrome-less route ("/embed/trend"): the menu then offers an <iframe> embed code
   * for it, with the view's state in its query string.
   */
  embed?: string;
}

/** Plain texts of an export in the view's language, shared by the image layout and Excel notes. */
export interface ExportText {
  title: string;
  subtitle: string | null;
  /** "Số liệu đến 08/2020". */
  asOf: string;
  /** "2020-08". */
  periodIso: string;
  /** "Mục tiêu 30% đến 12/2020 (Nghị quyết 17/NQ-CP)". */
  target: string | null;
  source: string;
  notes: string[];
  /** Feeds still loading: the figures are provisional. */
  provisional: string | null;
  /** The dashboard's name, an unobtrusive mark in the image corner. */
  mark: string;
  /** The view's address. */
  link: string;
}
