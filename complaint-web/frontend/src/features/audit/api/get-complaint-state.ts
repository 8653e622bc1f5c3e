import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ComplaintAtInstant } from '@/types/audit';

/** The complaint as it stood at an instant: its events up to then, replayed. 404 before it was filed. */
export const getComplaintState = (complaintId: string, at: string) =>
  get<ComplaintAtInstant>(`/api/audit/complaints/${encodeURIComponent(complaintId)}/state`, { at });

export const complaintStateQueryOptions = (complaintId: string, at: string) =>
  queryOptions({
    queryKey: ['audit', 'complaint', complaintId, 'state', at] as const,
    queryFn: () => getComplaintState(complaintId, at),
    // the past does not change
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

export const useComplaintState = (complaintId: string, at: string | null) =>
  useQuery({ ...complaintStateQueryOptions(complaintId, at ?? ''), enabled: at != null });
