import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ComplaintState, ComplaintSummary, Page } from '@/types/api';

export interface MyComplaintsParams {
  state?: ComplaintState;
  /** 0-based, as the API counts. */
  page: number;
  /** 1–100. */
  size: number;
}

/** GET /api/my/complaints: the signed-in buyer's complaints, newest first. */
export const getMyComplaints = ({ state, page, size }: MyComplaintsParams) =>
  get<Page<ComplaintSummary>>('/api/my/complaints', { state, page, size });

/** Every page and filter of the buyer's list lives under this key: filing a complaint invalidates it. */
export const myComplaintsQueryKey = ['my-complaints'] as const;

export const myComplaintsQueryOptions = (params: MyComplaintsParams) =>
  queryOptions({
    queryKey: [...myComplaintsQueryKey, { state: params.state ?? null, page: params.page, size: params.size }],
    queryFn: () => getMyComplaints(params),
    // a change by the seller or the platform shows up by itself while the page is open
    refetchInterval: 2_000,
    placeholderData: keepPreviousData,
  });

export const useMyComplaints = (params: MyComplaintsParams) => useQuery(myComplaintsQueryOptions(params));
