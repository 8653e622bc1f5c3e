import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ArbitrationQueueEntry, ComplaintCategory, Page, QueueEntryKind } from '@/types/api';

/** The queue's filters as the URL and the API name them; absent ones filter nothing. */
export interface QueueFilters {
  assignee?: string;
  unassigned?: boolean;
  category?: ComplaintCategory;
  kind?: QueueEntryKind;
  page?: number;
  size?: number;
}

/** The cases waiting for an arbitrator, oldest first. page is 0-based, as the API counts. */
export const getQueue = (filters: QueueFilters) =>
  get<Page<ArbitrationQueueEntry>>('/api/arbitration/queue', {
    assignee: filters.assignee,
    unassigned: filters.unassigned,
    category: filters.category,
    kind: filters.kind,
    page: filters.page,
    size: filters.size,
  });

/** Every queue query starts with this; the case page invalidates the queue by it. */
export const queueQueryKeyPrefix = ['arbitration-queue'] as const;

export const queueQueryOptions = (filters: QueueFilters) =>
  queryOptions({
    queryKey: [...queueQueryKeyPrefix, filters] as const,
    queryFn: () => getQueue(filters),
    refetchInterval: 2_000,
    placeholderData: keepPreviousData,
  });

/** enabled false while the filter needs the signed-in arbitrator's name and it is not known yet. */
export const useQueue = (filters: QueueFilters, enabled = true) => useQuery({ ...queueQueryOptions(filters), enabled });
