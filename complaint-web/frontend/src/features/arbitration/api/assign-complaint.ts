import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import { queueQueryKeyPrefix } from './get-queue';

/** The signed-in arbitrator takes an unassigned case (POST /api/complaints/{id}/assignment with an empty body). */
export const assignComplaint = (complaintId: string) =>
  send('POST', `/api/complaints/${encodeURIComponent(complaintId)}/assignment`, {});

export const useAssignComplaint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignComplaint,
    // the entry's assignee and actions changed; the case page loads the case afresh anyway
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueQueryKeyPrefix }),
  });
};
