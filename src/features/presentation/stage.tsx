import type { CSSProperties, ReactNode } from 'react';
import { useStageScale } from './use-stage-scale';

/**
 * The 16:9 stage: laid out once at 1920 × 1080 and scaled to the screen, so a slide looks the same
 * on the hall's projector, a laptop and the stream (letterboxed where the screen is not 16:9).
 */
export function Stage({ children }: { children: ReactNode }) {
  const scale = useStageScale();
  return (
    <div className="deck" style={{ '--stage-scale': scale } as CSSProperties}>
      <div className="deck__stage">{children}</div>
    </div>
  );
}
