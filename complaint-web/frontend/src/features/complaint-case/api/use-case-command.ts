import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommandResult } from '@/types/api';
import { invalidateCase } from './invalidate';

/** A command on one case: on success the case's detail and the lists are read again. */
export function useCaseCommand<Input, Output>(
  complaintId: string,
  request: (complaintId: string, input: Input) => Promise<CommandResult<Output>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => request(complaintId, input),
    onSuccess: () => invalidateCase(queryClient, complaintId),
  });
}
