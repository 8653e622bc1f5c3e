import { send } from '@/lib/api-client';
import type { RemedyType, RulingOutcome } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface RulingInput {
  outcome: RulingOutcome;
  remedy: { type: RemedyType; amountFen?: number };
  rationale: string;
  /** The case version the arbitrator was shown: sent as If-Match, a stale one answers 409 CONCURRENT_MODIFICATION. */
  version: number;
}

/** The binding ruling (最终处理结果): POST /api/complaints/{id}/ruling with If-Match: <version>. */
export const rule = (complaintId: string, { version, ...body }: RulingInput) =>
  send('POST', casePath(complaintId, 'ruling'), body, { 'If-Match': String(version) });

export const useRule = (complaintId: string) => useCaseCommand(complaintId, rule);
