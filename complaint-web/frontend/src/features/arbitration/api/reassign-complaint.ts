import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import { queueQueryKeyPrefix } from './get-queue';

/** The supervisor hands the case to an arbitrator (POST /api/complaints/{id}/assignment with {arbitratorId}). */
export const reassignComplaint = ({ complaintId, arbitratorId }: { complaintId: string; arbitratorId: string }) =>
  send('POST', `/api/complaints/${encodeURIComponent(complaintId)}/assignment`, { arbitratorId });

export const useReassignComplaint = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reassignComplaint,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueQueryKeyPrefix }),
  });
};
