import type { SlideSpec } from '../../domain/deck';
import type { FrozenData } from './frozen-data';
import type { FrameProps } from './slide-frame';
import { HeadlineSlide } from './slides/headline-slide';
import { LaggardsSlide } from './slides/laggards-slide';
import { MapSlide } from './slides/map-slide';
import { MoversSlide } from './slides/movers-slide';
import { RankingSlide } from './slides/ranking-slide';
import { RegionSlide } from './slides/region-slide';
import { TrendSlide } from './slides/trend-slide';
import { UnitSlide } from './slides/unit-slide';

/** One slide of the deck, drawn from the frozen data. */
export function SlideContent({
  spec,
  data,
  frame,
}: {
  spec: SlideSpec;
  data: FrozenData;
  frame: FrameProps;
}) {
  switch (spec.kind) {
    case 'headline':
      return <HeadlineSlide data={data} frame={frame} />;
    case 'trend':
      return <TrendSlide data={data} frame={frame} />;
    case 'ranking':
      return <RankingSlide data={data} frame={frame} kind={spec.unitKind} />;
    case 'map':
      return <MapSlide data={data} frame={frame} />;
    case 'laggards':
      return <LaggardsSlide data={data} frame={frame} />;
    case 'movers':
      return <MoversSlide data={data} frame={frame} since={spec.since} />;
    case 'region':
      return <RegionSlide data={data} frame={frame} region={spec.region} />;
    case 'unit':
      return <UnitSlide data={data} frame={frame} unitId={spec.unit.id} />;
  }
}
