import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import type { RetryOutcome } from '@/types/ops';
import { deadLettersQueryKey } from './get-dead-letters';

/** Retries a processor's dead letters in order; answers what was applied and what is still parked. */
export const retryDeadLetters = (processor: string) =>
  send<RetryOutcome>('POST', `/api/ops/dead-letters/${encodeURIComponent(processor)}/retry`);

export const useRetryDeadLetters = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryDeadLetters,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deadLettersQueryKey }),
  });
};
