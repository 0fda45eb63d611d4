import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Capability } from './capability';
import { RequireActive } from './guards';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './not-found';

function buildRoutes(capabilities: Capability[]): RouteObject[] {
  const nav = capabilities.flatMap((c) => c.nav ?? []);
  return [
    {
      path: '/',
      element: <Layout nav={nav} />,
      errorElement: <RouteErrorPage />,
      children: [
        ...capabilities.flatMap((c) => c.publicRoutes ?? []),
        { element: <RequireActive />, children: capabilities.flatMap((c) => c.routes ?? []) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createRouter(capabilities: Capability[]) {
  return createBrowserRouter(buildRoutes(capabilities));
}
