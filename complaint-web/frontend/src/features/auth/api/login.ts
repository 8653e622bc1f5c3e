import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import type { Session } from '@/types/api';
import { sessionQueryKey } from './get-session';

export interface Credentials {
  username: string;
  password: string;
}

export const login = (credentials: Credentials) => send<Session>('POST', '/auth/login', credentials);

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ body }) => {
      // a new person: nothing cached for the previous one may show
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== sessionQueryKey[0],
      });
      queryClient.setQueryData(sessionQueryKey, body);
    },
  });
};
