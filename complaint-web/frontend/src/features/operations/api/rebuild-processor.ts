import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import type { ProcessorStatus } from '@/types/ops';
import { processorsQueryKey } from './get-processors';

/** 202 with the processor's status; 404 PROCESSOR_NOT_FOUND, 409 REBUILD_IN_PROGRESS. */
export const rebuildProcessor = (name: string) =>
  send<ProcessorStatus>('POST', `/api/ops/processors/${encodeURIComponent(name)}/rebuild`);

export const useRebuildProcessor = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebuildProcessor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: processorsQueryKey }),
  });
};
