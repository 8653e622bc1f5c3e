import { onlineManager, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkError } from '@/lib/problem';

// A lost connection, said once for the whole page: the browser is offline, or a read of the page could not reach
// the server. Reads wait (TanStack Query pauses them while offline) and are read again by themselves when the
// connection is back (refetchOnReconnect, and the pages' 2 s refresh); Retry reads them again at once. Commands
// are never sent again by themselves: their form says the connection failed and offers to send it again.

/**
 * A read of the page on screen that the connection let down: failed (and not read successfully since, so the notice
 * does not blink off while the page's 2 s refresh tries again), failing, or waiting for the network.
 */
export function isLostRead(query: Query): boolean {
  const { status, error, fetchStatus, fetchFailureReason } = query.state;
  return fetchStatus === 'paused' || fetchFailureReason instanceof NetworkError || (status === 'error' && error instanceof NetworkError);
}

const LOST = { type: 'active', predicate: isLostRead } as const;

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/** Whether the connection is lost now (offline, or a read on screen failed to reach the server), and a retry. */
export function useLostConnection(): { lost: boolean; retry: () => void } {
  const client = useQueryClient();
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  const subscribeCache = useCallback((listener: () => void) => client.getQueryCache().subscribe(listener), [client]);
  const lostReads = useSyncExternalStore(subscribeCache, () => lostReadCount(client));
  const retry = useCallback(() => void client.refetchQueries(LOST, { cancelRefetch: true }), [client]);
  return { lost: !online || lostReads > 0, retry };
}

function lostReadCount(client: QueryClient): number {
  return client.getQueryCache().findAll(LOST).length;
}

const NoticeShown = createContext(false);

/** True beneath the notice: a failed read need not say the connection is lost a second time. */
export function useConnectionNoticeShown(): boolean {
  return useContext(NoticeShown);
}

/** The notice (with Retry) above `children` while the connection is lost; it goes away by itself once it is back. */
export function ConnectionNotice({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { lost, retry } = useLostConnection();
  return (
    <NoticeShown.Provider value={true}>
      {lost ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('common.connection.lostTitle')}
          description={t('common.connection.lostText')}
          action={
            <Button size="small" onClick={retry}>
              {t('common.retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {children}
    </NoticeShown.Provider>
  );
}
