import { send } from '@/lib/api-client';
import type { EvidenceItemInput } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface ReconsiderationRequestInput {
  statement: string;
  /** At least one new item: the server refuses none with NEW_EVIDENCE_REQUIRED. */
  evidence: EvidenceItemInput[];
}

/** A party asks, once and in time, for the ruling to be reconsidered (复核): POST /api/complaints/{id}/reconsideration. */
export const requestReconsideration = (complaintId: string, input: ReconsiderationRequestInput) =>
  send('POST', casePath(complaintId, 'reconsideration'), { statement: input.statement, evidence: input.evidence });

export const useRequestReconsideration = (complaintId: string) => useCaseCommand(complaintId, requestReconsideration);
