import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import { forgetPositions } from '@/lib/positions';
import { sessionQueryKey } from './get-session';

export const logout = () => send('POST', '/auth/logout');

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      forgetPositions();
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
};
