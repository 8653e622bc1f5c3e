import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { AuditedEvent } from '@/types/audit';

/** Every stored event of a complaint, in order. */
export const getComplaintEvents = (complaintId: string) =>
  get<AuditedEvent[]>(`/api/audit/complaints/${encodeURIComponent(complaintId)}/events`);

export const complaintEventsQueryOptions = (complaintId: string) =>
  queryOptions({
    queryKey: ['audit', 'complaint', complaintId, 'events'] as const,
    queryFn: () => getComplaintEvents(complaintId),
  });

export const useComplaintEvents = (complaintId: string) => useQuery(complaintEventsQueryOptions(complaintId));
