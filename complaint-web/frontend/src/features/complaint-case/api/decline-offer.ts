import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The buyer declines the open offer: POST …/settlement-offers/{offerId}/decline {note?}. */
export const declineOffer = (complaintId: string, input: { offerId: string; note?: string }) =>
  send('POST', casePath(complaintId, 'settlement-offers', input.offerId, 'decline'), { note: input.note || undefined });

export const useDeclineOffer = (complaintId: string) => useCaseCommand(complaintId, declineOffer);
