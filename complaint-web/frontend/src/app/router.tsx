import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from '@/components/RequireAuth';
import { prefetchMyComplaints, prefetchSession } from './prefetch';
import { RouteError } from './routes/RouteError';

// One file per route under routes/, each loaded when first visited: the login page does not pay for the
// arbitration workbench's code. The loaders only start requests (prefetch.ts) and never hold a page back.
const router = createBrowserRouter([
  { path: '/login', lazy: () => import('./routes/login').then(asRoute), errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    loader: prefetchSession,
    children: [
      { index: true, lazy: () => import('./routes/home').then(asRoute) },
      { path: 'my/complaints', loader: prefetchMyComplaints, lazy: () => import('./routes/my-complaints').then(asRoute) },
      { path: 'my/complaints/new', lazy: () => import('./routes/file-complaint').then(asRoute) },
      { path: 'shop/complaints', lazy: () => import('./routes/shop-complaints').then(asRoute) },
      { path: 'complaints/:complaintId', lazy: () => import('./routes/complaint').then(asRoute) },
      { path: 'arbitration', lazy: () => import('./routes/arbitration').then(asRoute) },
      { path: 'audit', lazy: () => import('./routes/audit').then(asRoute) },
      { path: 'audit/complaints/:complaintId', lazy: () => import('./routes/audit-complaint').then(asRoute) },
      { path: 'ops', lazy: () => import('./routes/operations').then(asRoute) },
      { path: '*', lazy: () => import('./routes/not-found').then(asRoute) },
    ],
  },
]);

function asRoute(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
