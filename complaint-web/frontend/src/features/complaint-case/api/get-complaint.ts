import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ComplaintDetail } from '@/types/api';

/** The whole case as the caller may see it (query service). */
export const getComplaint = (complaintId: string) =>
  get<ComplaintDetail>(`/api/complaints/${encodeURIComponent(complaintId)}`);

export const complaintQueryKey = (complaintId: string) => ['complaint', complaintId] as const;

/** Refreshed every 2 s while the page is open, so that the other side's moves appear by themselves. */
export const complaintQueryOptions = (complaintId: string) =>
  queryOptions({
    queryKey: complaintQueryKey(complaintId),
    queryFn: () => getComplaint(complaintId),
    refetchInterval: 2000,
  });

export const useComplaint = (complaintId: string) => useQuery(complaintQueryOptions(complaintId));
