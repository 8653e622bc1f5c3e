import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ProcessorDeadLetters } from '@/types/ops';

/** Per processor, the complaints whose events a projection failed on, with the error. */
export const getDeadLetters = () => get<ProcessorDeadLetters[]>('/api/ops/dead-letters');

export const deadLettersQueryKey = ['ops', 'dead-letters'] as const;

export const deadLettersQueryOptions = () =>
  queryOptions({ queryKey: deadLettersQueryKey, queryFn: getDeadLetters, refetchInterval: 5_000 });

export const useDeadLetters = () => useQuery(deadLettersQueryOptions());
