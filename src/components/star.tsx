import { STAR_PATH } from '../lib/star-path';

/** The star (src/lib/star-path.ts) in the text's colour, sized by its class. */
export function Star({ className }: { className: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={STAR_PATH} fill="currentColor" />
    </svg>
  );
}
