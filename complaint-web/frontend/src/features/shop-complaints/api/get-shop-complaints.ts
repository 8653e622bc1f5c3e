import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { ComplaintState, ComplaintSummary, Page } from '@/types/api';

export interface ShopComplaintsParams {
  state?: ComplaintState;
  /** 0-based, as the API counts. */
  page: number;
  /** 1–100. */
  size: number;
}

/** GET /api/shop/complaints: the complaints against the signed-in seller's shop, newest first. */
export const getShopComplaints = ({ state, page, size }: ShopComplaintsParams) =>
  get<Page<ComplaintSummary>>('/api/shop/complaints', { state, page, size });

/** Every page and filter of the seller's list lives under this key. */
export const shopComplaintsQueryKey = ['shop-complaints'] as const;

export const shopComplaintsQueryOptions = (params: ShopComplaintsParams) =>
  queryOptions({
    queryKey: [...shopComplaintsQueryKey, { state: params.state ?? null, page: params.page, size: params.size }],
    queryFn: () => getShopComplaints(params),
    // a change by the buyer or the platform shows up by itself while the page is open
    refetchInterval: 2_000,
    placeholderData: keepPreviousData,
  });

export const useShopComplaints = (params: ShopComplaintsParams) => useQuery(shopComplaintsQueryOptions(params));
