import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ReadModelReconciliation } from '@/types/ops';

/** Each read model against the event store. A scan over the whole store: run on request only, never polled. */
export const getReconciliation = () => get<ReadModelReconciliation[]>('/api/ops/reconciliation');

export const reconciliationQueryOptions = () =>
  queryOptions({
    queryKey: ['ops', 'reconciliation'] as const,
    queryFn: getReconciliation,
    enabled: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });

export const useReconciliation = () => useQuery(reconciliationQueryOptions());
