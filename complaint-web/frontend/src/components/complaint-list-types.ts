import type { ComplaintSummary } from '@/types/api';

// What the complaint table (wide screens) and the complaint cards (phones) are given.

/** The column titles and sentences, in the reader's language, given by the page that shows the list. */
export interface ComplaintSummaryLabels {
  /** Accessible name of the whole list (table caption / card list label). */
  list: string;
  state: string;
  category: string;
  order: string;
  /** "Seller" on the buyer's list, "Buyer" on the seller's. */
  counterparty: string;
  filedAt: string;
  updatedAt: string;
  nextDeadline: string;
  openOffer: string;
  /** Said when there is nothing to list. */
  empty: string;
}

/** What the table and the cards are given. */
export interface ComplaintListProps {
  items: ComplaintSummary[];
  /** Whose id the counterparty column shows: the seller's (buyer's list) or the buyer's (seller's list). */
  counterparty: 'seller' | 'buyer';
  labels: ComplaintSummaryLabels;
  loading?: boolean;
}

export function complaintPath(complaintId: string): string {
  return `/complaints/${encodeURIComponent(complaintId)}`;
}
