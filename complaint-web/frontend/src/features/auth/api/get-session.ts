import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, get } from '@/lib/api-client';
import type { Session } from '@/types/api';

/** Who is signed in at complaint-web, or null: the session itself is an HttpOnly cookie the page never sees. */
export async function getSession(): Promise<Session | null> {
  try {
    return await get<Session>('/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryKey = ['session'] as const;

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000, retry: 1 });

export const useSession = () => useQuery(sessionQueryOptions());
