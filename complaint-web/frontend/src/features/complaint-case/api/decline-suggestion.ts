import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The buyer declines the platform's withdrawal suggestion: POST …/withdrawal-suggestion/decline {note?}. */
export const declineSuggestion = (complaintId: string, input: { note?: string }) =>
  send('POST', casePath(complaintId, 'withdrawal-suggestion', 'decline'), { note: input.note || undefined });

export const useDeclineSuggestion = (complaintId: string) => useCaseCommand(complaintId, declineSuggestion);
