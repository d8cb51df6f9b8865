import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/overview-page';
import { MyUnitLanding } from '../features/unit/my-unit-landing';
import { Layout } from './layout';
import { LocaleRoot } from './locale-root';
import { NotFound } from './not-found';

/** The overview is in the main chunk (it is what opens first); other screens load when visited. */
export const routes: RouteObject[] = [
  {
    element: <LocaleRoot />,
    children: [
      {
        element: <Layout />,
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
      {
        path: 'present',
        lazy: () =>
          import('../features/presentation/presentation-page').then((m) => ({
            Component: m.PresentationPage,
          })),
      },
    ],
  },
];
