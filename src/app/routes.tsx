import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/overview-page';
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
          { index: true, element: <OverviewPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
