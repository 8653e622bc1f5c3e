import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The assigned arbitrator suggests that the buyer withdraw: POST …/withdrawal-suggestion {rationale}. */
export const suggestWithdrawal = (complaintId: string, input: { rationale: string }) =>
  send('POST', casePath(complaintId, 'withdrawal-suggestion'), input);

export const useSuggestWithdrawal = (complaintId: string) => useCaseCommand(complaintId, suggestWithdrawal);
