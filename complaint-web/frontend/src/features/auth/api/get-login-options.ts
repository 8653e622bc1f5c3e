import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api-client';
import type { LoginOptions } from '@/types/api';

/** Demo accounts with a password form (embedded), or the identity provider's login URL (production). */
export const getLoginOptions = () => get<LoginOptions>('/auth/options');

export const loginOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'options'], queryFn: getLoginOptions, staleTime: Infinity });

export const useLoginOptions = () => useQuery(loginOptionsQueryOptions());
