import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/problem';

/** The server-state cache's rules, one place for the page and for the tests that need a cache of their own. */
export function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // a 4xx will not get better by asking again; a lost connection might
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
        staleTime: 1_000,
      },
      // offline, a command fails at once (NetworkError) instead of waiting to be sent by itself on reconnect:
      // its form offers to send it again, the person decides
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

// One cache for the page, made before React renders, so that the router can start a page's requests (the
// session, the list) while the page's code is still downloading; the components then find them under way.
export const queryClient = newQueryClient();
