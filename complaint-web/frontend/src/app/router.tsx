import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from '@/components/RequireAuth';
import { loadMoreWords } from '@/lib/i18n';
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
      { path: 'my/complaints/new', lazy: () => withMoreWords(import('./routes/file-complaint')) },
      { path: 'shop/complaints', lazy: () => import('./routes/shop-complaints').then(asRoute) },
      { path: 'complaints/:complaintId', lazy: () => withMoreWords(import('./routes/complaint')) },
      { path: 'arbitration', lazy: () => withMoreWords(import('./routes/arbitration')) },
      { path: 'audit', lazy: () => withMoreWords(import('./routes/audit')) },
      { path: 'audit/complaints/:complaintId', lazy: () => withMoreWords(import('./routes/audit-complaint')) },
      { path: 'ops', lazy: () => withMoreWords(import('./routes/operations')) },
      { path: '*', lazy: () => import('./routes/not-found').then(asRoute) },
    ],
  },
]);

function asRoute(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

/** A page beyond the lists and sign-in: its code and its words (language-packs/*.more.ts) load together. */
async function withMoreWords(page: Promise<{ default: React.ComponentType }>) {
  const [module] = await Promise.all([page, loadMoreWords()]);
  return asRoute(module);
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
