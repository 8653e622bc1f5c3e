import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/problem';

// One cache for the page, made before React renders, so that the router can start a page's requests (the
// session, the list) while the page's code is still downloading; the components then find them under way.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx will not get better by asking again; a lost connection might
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
      staleTime: 1_000,
    },
    mutations: { retry: false },
  },
});
