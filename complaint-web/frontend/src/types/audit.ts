export { EVENT_TYPES } from './api';
// The audit API of the query service (AUDITOR) beyond what api.ts declares (docs/api.md, "Audit").
import type { ComplaintCategory, ComplaintState, EvidenceParty, InterventionReason, OfferType, Role, WithdrawalReason } from './api';

/** One event as the audit API (and each NDJSON line of the export) gives it; actor is "ROLE:principal". */
export interface AuditedEvent {
  complaintId: string;
  sequence: number;
  globalPosition: number;
  type: string;
  revision: string | null;
  occurredAt: string;
  actor: string | null;
  correlationId: string | null;
  payload: unknown;
}

/** The first event whose stored form no longer matches its hash (or that is missing). */
export interface ChainMismatch {
  complaintId?: string | null;
  sequence: number;
  globalPosition: number;
  /** edited, removed, unhashed… */
  problem?: string | null;
}

export interface ChainVerificationResult {
  valid: boolean;
  eventsChecked: number;
  /** Events stored before the chain was keyed: plain SHA-256, no key. */
  unkeyed: number;
  /** How many events each key id sealed. */
  keys: Record<string, number>;
  firstMismatch: ChainMismatch | null;
}

/** ComplaintFacts: the fold of a complaint's events, the same the aggregate and the read models use. */
export interface ComplaintFacts {
  complaintId?: string | null;
  buyerId?: string | null;
  sellerId?: string | null;
  orderId?: string | null;
  category?: ComplaintCategory | null;
  state?: ComplaintState | null;
  deadlinePolicy?: Record<string, unknown> | null;
  filedAt?: string | null;
  updatedAt?: string | null;
  sellerResponseDueBy?: string | null;
  negotiationDueBy?: string | null;
  openOffer?: { offerId: string; terms: { type: OfferType; amountFen: number | null } | null; offeredAt: string } | null;
  acceptedOffer?: string | null;
  pendingWithdrawal?: {
    requestId: string;
    reason: WithdrawalReason;
    exceptional: boolean;
    note: string | null;
    requestedAt: string;
  } | null;
  suggestion?: { rationale: string; suggestedBy: string | null; suggestedAt: string } | null;
  assignee?: string | null;
  interventionReason?: InterventionReason | null;
  intervenedAt?: string | null;
  evidenceRequest?: { requestId: string; from: EvidenceParty; dueBy: string; awaiting: Role[] } | null;
  ruledBy?: string | null;
  eventCount?: number;
  [field: string]: unknown;
}

/** GET /api/audit/complaints/{id}/state?at= (and /ruling-basis): version is the last applied event's sequence. */
export interface ComplaintAtInstant {
  complaintId: string;
  asOf: string;
  version: number;
  facts: ComplaintFacts;
}
