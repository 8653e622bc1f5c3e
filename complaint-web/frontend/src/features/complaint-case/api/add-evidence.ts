import { send } from '@/lib/api-client';
import type { EvidenceItemInput } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** A party adds evidence (提供证据): POST /api/complaints/{id}/evidence {evidence:[…]}. */
export const addEvidence = (complaintId: string, input: { evidence: EvidenceItemInput[] }) =>
  send('POST', casePath(complaintId, 'evidence'), input);

export const useAddEvidence = (complaintId: string) => useCaseCommand(complaintId, addEvidence);
