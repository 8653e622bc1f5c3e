import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import { queueQueryKeyPrefix } from './get-queue';

/** The assigned arbitrator puts the case back into the queue (POST /api/complaints/{id}/assignment/release). */
export const releaseComplaint = (complaintId: string) =>
  send('POST', `/api/complaints/${encodeURIComponent(complaintId)}/assignment/release`, {});

export const useReleaseComplaint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: releaseComplaint,
    // the entry waits unassigned again, its assignment window counted from now
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueQueryKeyPrefix }),
  });
};
