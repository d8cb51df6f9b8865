import type { ChartVariant } from './chart-spec';

/** Type, line widths and margins of each chart variant: a desk screen, a hall, an export image. */
export const CHART_SIZE: Record<
  ChartVariant,
  {
    font: number;
    main: number;
    secondary: number;
    dot: number;
    yAxisWidth: number;
    margin: { top: number; right: number; bottom: number; left: number };
    /** Minimum room between x tick labels, px. */
    tickGap: number;
  }
> = {
  screen: {
    font: 13,
    main: 3,
    secondary: 2.5,
    dot: 3,
    yAxisWidth: 52,
    margin: { top: 28, right: 24, bottom: 4, left: 4 },
    tickGap: 24,
  },
  export: {
    font: 16,
    main: 4,
    secondary: 3,
    dot: 4,
    yAxisWidth: 64,
    margin: { top: 32, right: 32, bottom: 4, left: 8 },
    tickGap: 32,
  },
  hall: {
    font: 28,
    main: 7,
    secondary: 5,
    dot: 7,
    yAxisWidth: 120,
    margin: { top: 64, right: 48, bottom: 8, left: 8 },
    tickGap: 56,
  },
};

/** The screen height of each kind of chart, reserved before the chart code arrives. */
export const SCREEN_HEIGHT = { trend: 320, rank: 260 } as const;
