import { send } from '@/lib/api-client';
import type { RemedyType, RulingOutcome } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** Upheld with a note, or revised with what a ruling takes; the server refuses a mix of the two. */
export type ReconsiderationDecisionInput = (
  | { uphold: true; note: string }
  | { uphold: false; outcome: RulingOutcome; remedy: { type: RemedyType; amountFen?: number }; rationale: string }
) & {
  /** The case version the arbitrator was shown: sent as If-Match, a stale one answers 409 CONCURRENT_MODIFICATION. */
  version: number;
};

/** The reconsidering arbitrator's decision: POST /api/complaints/{id}/reconsideration/decision with If-Match, like a ruling. */
export const decideReconsideration = (complaintId: string, { version, ...body }: ReconsiderationDecisionInput) =>
  send('POST', casePath(complaintId, 'reconsideration', 'decision'), body, { 'If-Match': String(version) });

export const useDecideReconsideration = (complaintId: string) => useCaseCommand(complaintId, decideReconsideration);
