import { send } from '@/lib/api-client';
import type { OfferType } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface OfferInput {
  type: OfferType;
  amountFen?: number;
  note?: string;
}

/** The seller's settlement offer: POST /api/complaints/{id}/settlement-offers, answers 201 {offerId}. */
export const offerSettlement = (complaintId: string, input: OfferInput) =>
  send<{ offerId: string }>('POST', casePath(complaintId, 'settlement-offers'), input);

export const useOfferSettlement = (complaintId: string) => useCaseCommand(complaintId, offerSettlement);
