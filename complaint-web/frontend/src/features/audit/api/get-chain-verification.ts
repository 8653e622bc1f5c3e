import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ChainVerificationResult } from '@/types/audit';

/** The complaint's stored events checked against their hash chain. */
export const getChainVerification = (complaintId: string) =>
  get<ChainVerificationResult>(`/api/audit/complaints/${encodeURIComponent(complaintId)}/verification`);

export const chainVerificationQueryOptions = (complaintId: string) =>
  queryOptions({
    queryKey: ['audit', 'complaint', complaintId, 'verification'] as const,
    queryFn: () => getChainVerification(complaintId),
  });

export const useChainVerification = (complaintId: string) => useQuery(chainVerificationQueryOptions(complaintId));
