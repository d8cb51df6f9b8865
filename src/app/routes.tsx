import type { RouteObject } from 'react-router';
import { Loading } from '../components/page-state';
import { OverviewPage } from '../features/overview/overview-page';
import { MyUnitLanding } from '../features/unit/my-unit-landing';
import { Layout } from './layout';
import { LocaleRoot } from './locale-root';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/**
 * The overview is in the main chunk (it is what opens first); other screens load when visited.
 * A screen that fails to load or render is replaced by RouteError inside the layout (the
 * navigation stays usable); an error above the layout shows RouteError alone.
 */
export const routes: RouteObject[] = [
  {
    element: <LocaleRoot />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded first screen (e.g. a link straight to /data) arrives.
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <Layout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                element: (
                  <MyUnitLanding>
                    <OverviewPage />
                  </MyUnitLanding>
                ),
              },
              {
                path: 'rankings/:kind',
                lazy: () =>
                  import('../features/rankings/rankings-page').then((m) => ({
                    Component: m.RankingsPage,
                  })),
              },
              {
                path: 'units/:id',
                lazy: () =>
                  import('../features/unit/unit-page').then((m) => ({ Component: m.UnitPage })),
              },
              {
                path: 'laggards',
                lazy: () =>
                  import('../features/laggards/laggards-page').then((m) => ({
                    Component: m.LaggardsPage,
                  })),
              },
              {
                path: 'data',
                lazy: () =>
                  import('../features/data-health/data-health-page').then((m) => ({
                    Component: m.DataHealthPage,
                  })),
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
      {
        // A unit page's charts, chrome-less like the others below.
        path: 'embed/units/:id/:chart',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/embed/embed-page').then((m) => ({ Component: m.EmbedPage })),
      },
      {
        // Chrome-less charts for other sites' iframes: the one route the CSP lets be framed.
        path: 'embed/:chart/:kind?',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/embed/embed-page').then((m) => ({ Component: m.EmbedPage })),
      },
      {
        path: 'present',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/presentation/presentation-page').then((m) => ({
            Component: m.PresentationPage,
          })),
      },
    ],
  },
];
