import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The buyer accepts the open offer: POST …/settlement-offers/{offerId}/acceptance with {}. */
export const acceptOffer = (complaintId: string, input: { offerId: string }) =>
  send('POST', casePath(complaintId, 'settlement-offers', input.offerId, 'acceptance'), {});

export const useAcceptOffer = (complaintId: string) => useCaseCommand(complaintId, acceptOffer);
