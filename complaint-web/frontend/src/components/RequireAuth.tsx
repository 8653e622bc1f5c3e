import { Spin } from 'antd';
import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSession, sessionQueryKey } from '@/features/auth/api/get-session';
import { setUnauthenticatedListener } from '@/lib/api-client';
import { ProblemAlert } from './ProblemAlert';
import { AppLayout } from './AppLayout';

/**
 * Signed-in pages only. Without a session (never signed in, or it expired mid-work: any API call answering
 * 401 clears it) the reader goes to the login page, which brings them back here afterwards.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthenticatedListener(() => queryClient.setQueryData(sessionQueryKey, null));
  }, [queryClient]);
  if (session.isPending) return <Spin fullscreen />;
  // a failed re-read (the connection is lost) keeps the page: the connection notice says what happened
  if (session.isError && session.data === undefined) return <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <AppLayout session={session.data} />;
}
