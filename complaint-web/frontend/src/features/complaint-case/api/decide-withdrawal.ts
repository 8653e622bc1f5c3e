import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface WithdrawalDecisionInput {
  requestId: string;
  approve: boolean;
  note: string;
}

/** An arbitrator approves or rejects a withdrawal request: POST …/withdrawal-requests/{requestId}/decision. */
export const decideWithdrawal = (complaintId: string, { requestId, approve, note }: WithdrawalDecisionInput) =>
  send('POST', casePath(complaintId, 'withdrawal-requests', requestId, 'decision'), { approve, note });

export const useDecideWithdrawal = (complaintId: string) => useCaseCommand(complaintId, decideWithdrawal);
