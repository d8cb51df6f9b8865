/**
 * A small drawing of lines in the text's colour: a status's shape, an arrow. Hidden from screen
 * readers: the words beside it say what it shows.
 */
export function LineIcon({
  d,
  viewBox = '0 0 20 20',
  strokeWidth = 2,
  size,
  className,
}: {
  d: string;
  viewBox?: string;
  strokeWidth?: number;
  /** In px; otherwise the class sizes it. */
  size?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      viewBox={viewBox}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
