import { send } from '@/lib/api-client';
import type { EvidenceItemInput, WithdrawalReason } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface WithdrawInput {
  reason: WithdrawalReason;
  note?: string;
  evidence?: EvidenceItemInput[];
}

/** 200 {outcome: WITHDRAWN} at once, or 202 {outcome: PENDING_REVIEW, requestId} for the platform's review. */
export type WithdrawAnswer = { outcome: 'WITHDRAWN' } | { outcome: 'PENDING_REVIEW'; requestId: string };

/** The buyer withdraws (撤销投诉): POST /api/complaints/{id}/withdrawal. */
export const withdraw = (complaintId: string, input: WithdrawInput) =>
  send<WithdrawAnswer>('POST', casePath(complaintId, 'withdrawal'), input);

export const useWithdraw = (complaintId: string) => useCaseCommand(complaintId, withdraw);
