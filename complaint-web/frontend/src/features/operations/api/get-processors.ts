import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ProcessorStatus } from '@/types/ops';

/** Every event processor over all query instances: state, position, lag, replay and rebuild progress. */
export const getProcessors = () => get<ProcessorStatus[]>('/api/ops/processors');

export const processorsQueryKey = ['ops', 'processors'] as const;

export const processorsQueryOptions = () =>
  queryOptions({ queryKey: processorsQueryKey, queryFn: getProcessors, refetchInterval: 2_000 });

export const useProcessors = () => useQuery(processorsQueryOptions());
