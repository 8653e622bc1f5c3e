import { send } from '@/lib/api-client';
import type { EvidenceParty } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface EvidenceRequestInput {
  from: EvidenceParty;
  /** An ISO instant; absent: the complaint's evidence window. */
  dueBy?: string;
  note: string;
}

/** The assigned arbitrator asks for evidence: POST /api/complaints/{id}/evidence-requests. */
export const requestEvidence = (complaintId: string, input: EvidenceRequestInput) =>
  send('POST', casePath(complaintId, 'evidence-requests'), input);

export const useRequestEvidence = (complaintId: string) => useCaseCommand(complaintId, requestEvidence);
