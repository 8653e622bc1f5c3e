// Requests a page will make, started by the router as soon as the URL is known: alongside the page's code
// rather than after it (and after the session) has loaded. The components ask the same queries and find
// them answered or under way. Nothing waits here: a loader that returns at once keeps navigation as it was.
import { complaintListParamsOf } from '@/components/complaint-list-params';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { myComplaintsQueryOptions } from '@/features/my-complaints/api/get-my-complaints';
import { queryClient } from './query-client';

export function prefetchSession(): null {
  void queryClient.prefetchQuery(sessionQueryOptions());
  return null;
}

/** The buyer's list for /my/complaints?state=&page=&size= (the page counted from 1 in the URL, from 0 by the API). */
export function prefetchMyComplaints({ request }: { request: Request }): null {
  const { state, page, size } = complaintListParamsOf(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(myComplaintsQueryOptions({ state, page: page - 1, size }));
  return null;
}
