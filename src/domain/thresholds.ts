/**
 * Every threshold of the contract's §5 in one place, with the contract's defaults.
 * Change a rule here and every screen, export and test follows.
 */
export const THRESHOLDS = {
  /** Months in the trend window, ending with the period under review. */
  trendWindowMonths: 6,
  /** Fewest reported months in the window for a trend. */
  trendMinPoints: 3,
  /** "Stalled": level-4 rate up by less than this many percentage points … */
  stalledMinGainPp: 0.5,
  /** … from this many months earlier. */
  stalledLookbackMonths: 3,
  /** no-platform / no-soc apply once the target's deadline is this many months away or less. */
  deadlineFlagWindowMonths: 6,
  /** Bottom decile: k = ⌈n / divisor⌉ lowest-ranked units (a divisor, so 30 units give k = 3, not 4). */
  bottomDivisor: 10,
  /** A feed whose newest observation is this many months or more before the period is stale. */
  staleAfterMonths: 2,
  /** Ranks compare values at the precision shown: 0.1 percentage point = 1/1000. */
  rankPrecisionPerUnit: 1000,
} as const;

/**
 * Rates are ratios of integers, so two different rates differ by far more than this; floating-point
 * noise (e.g. 0.105 − 0.1 = 0.00499…) is far less. Comparisons against thresholds and targets treat
 * differences inside this band as equality, so "up 0.5 pp" is not "less than 0.5 pp".
 */
export const COMPARISON_TOLERANCE = 1e-12;
