import type { FeedProgress } from '../data/use-dataset';
import { useFeedsArrived } from '../data/use-feeds-arrived';
import { Loading } from './page-state';

/**
 * "Loading 1,234 / 10,022 feeds", following every arrival. The only part of the page re-rendered
 * as feeds arrive: the screens wait for the grace period or for every feed (feed-observers.ts).
 */
export function FeedProgressCounter({
  progress,
  total,
}: {
  progress: FeedProgress;
  total: number;
}) {
  const settled = useFeedsArrived(progress);
  return <Loading settled={settled} total={total} />;
}
