import { send } from '@/lib/api-client';
import type { EvidenceItemInput, SellerPosition } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface RespondInput {
  position: SellerPosition;
  statement: string;
  evidence: EvidenceItemInput[];
}

/** The seller's answer (卖家申诉): POST /api/complaints/{id}/seller-response. */
export const respond = (complaintId: string, input: RespondInput) =>
  send('POST', casePath(complaintId, 'seller-response'), input);

export const useRespond = (complaintId: string) => useCaseCommand(complaintId, respond);
