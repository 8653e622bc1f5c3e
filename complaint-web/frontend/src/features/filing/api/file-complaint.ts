import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { send } from '@/lib/api-client';
import type { ComplaintCategory, EvidenceItemInput } from '@/types/api';

export interface FileComplaintInput {
  orderId: string;
  sellerId: string;
  category: ComplaintCategory;
  description: string;
  evidence: EvidenceItemInput[];
}

/** POST /api/complaints: 201 {complaintId}; the id is derived from (buyer, order, category). */
export const fileComplaint = (input: FileComplaintInput) => send<{ complaintId: string }>('POST', '/api/complaints', input);

/**
 * Files a complaint. A new complaint changes only the buyer's own list, whose key the page passes in (a
 * feature does not reach into another's insides); the read after it waits for this write (X-Min-Event-Position).
 */
export const useFileComplaint = ({ invalidates }: { invalidates: readonly QueryKey[] }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fileComplaint,
    onSuccess: () => {
      for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
    },
  });
};
