// The HTTP contract of the two services (docs/api.md), written once: every feature imports its types from
// here. Times are ISO-8601 instants, money is integer fen.

export type Role = 'BUYER' | 'SELLER' | 'ARBITRATOR' | 'AUDITOR' | 'OPERATOR' | 'SUPERVISOR';

export const COMPLAINT_STATES = ['AWAITING_SELLER', 'NEGOTIATING', 'PLATFORM_INTERVENED', 'RULED', 'WITHDRAWN', 'SETTLED'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const CATEGORIES = [
  'QUALITY_PROBLEM',
  'FALSE_ADVERTISING',
  'LATE_DELIVERY',
  'NO_AFTER_SALES_SERVICE',
  'PRICE_FRAUD',
  'OTHER',
] as const;
export type ComplaintCategory = (typeof CATEGORIES)[number];

export const EVIDENCE_KINDS = ['PHOTO', 'CHAT_LOG', 'LOGISTICS', 'INVOICE', 'OTHER'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const OFFER_TYPES = ['FULL_REFUND', 'PARTIAL_REFUND', 'EXCHANGE', 'REPAIR', 'COMPENSATION'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
/** Offer types that carry an amount (refunds and compensation). */
export const OFFER_TYPES_WITH_AMOUNT: readonly OfferType[] = ['FULL_REFUND', 'PARTIAL_REFUND', 'COMPENSATION'];

export const REMEDY_TYPES = [...OFFER_TYPES, 'NONE'] as const;
export type RemedyType = (typeof REMEDY_TYPES)[number];

export const RULING_OUTCOMES = ['BUYER_FAVOURED', 'SELLER_FAVOURED', 'PARTIALLY_FAVOURED'] as const;
export type RulingOutcome = (typeof RULING_OUTCOMES)[number];

export const SELLER_POSITIONS = ['ACKNOWLEDGE', 'DISPUTE'] as const;
export type SellerPosition = (typeof SELLER_POSITIONS)[number];

export const EVIDENCE_PARTIES = ['BUYER', 'SELLER', 'BOTH'] as const;
export type EvidenceParty = (typeof EVIDENCE_PARTIES)[number];

export type WithdrawalReason = 'SETTLED' | 'INSUFFICIENT_EVIDENCE' | 'MISUNDERSTANDING' | 'PLATFORM_SUGGESTED';
export type WithdrawalMode = 'DIRECT' | 'REVIEW' | 'EXCEPTIONAL';
export type InterventionReason =
  | 'SELLER_NO_RESPONSE'
  | 'NEGOTIATION_TIMEOUT'
  | 'REQUESTED_BY_BUYER'
  | 'REQUESTED_BY_SELLER'
  | 'SETTLEMENT_UNFULFILLED';
export type DeadlineKind = 'SELLER_RESPONSE' | 'NEGOTIATION' | 'EVIDENCE' | 'SETTLEMENT_FULFILMENT' | 'RECONSIDERATION';
export type DeadlineParty = 'BUYER' | 'SELLER' | 'BOTH_PARTIES';
export type QueueEntryKind = 'INTERVENTION' | 'WITHDRAWAL_REVIEW' | 'RECONSIDERATION';
export type OfferStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'LAPSED';

/** What the caller may do now; the UI shows exactly these, it never decides a rule itself. */
export type Action =
  | 'ADD_EVIDENCE'
  | 'RESPOND'
  | 'OFFER_SETTLEMENT'
  | 'ACCEPT_OFFER'
  | 'DECLINE_OFFER'
  | 'WITHDRAW'
  | 'REQUEST_INTERVENTION'
  | 'DECLINE_WITHDRAWAL_SUGGESTION'
  | 'REPORT_SETTLEMENT_UNFULFILLED'
  | 'TAKE'
  | 'RELEASE'
  | 'REASSIGN'
  | 'REQUEST_EVIDENCE'
  | 'SUGGEST_WITHDRAWAL'
  | 'REVIEW_WITHDRAWAL'
  | 'RULE'
  | 'REQUEST_RECONSIDERATION'
  | 'DECIDE_RECONSIDERATION';

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
}

export interface NextDeadline {
  kind: DeadlineKind;
  dueBy: string;
  party: DeadlineParty;
}

export interface OfferView {
  offerId: string;
  type: OfferType;
  amountFen: number | null;
}

export interface PendingWithdrawalView {
  requestId: string;
  reason: WithdrawalReason;
  exceptional: boolean;
  note: string | null;
  requestedAt: string;
}

export interface WithdrawalOption {
  reason: WithdrawalReason;
  mode: WithdrawalMode;
  noteRequired: boolean;
  newEvidenceRequired: boolean;
}

export interface ComplaintSummary {
  complaintId: string;
  orderId: string;
  sellerId: string;
  buyerId: string;
  category: ComplaintCategory;
  state: ComplaintState;
  filedAt: string;
  updatedAt: string;
  nextDeadline: NextDeadline | null;
  openOffer: OfferView | null;
  pendingWithdrawalRequest: PendingWithdrawalView | null;
  withdrawalSuggestion: { rationale: string } | null;
  assignee: string | null;
  withdrawalOptions: WithdrawalOption[];
  availableActions: Action[];
  /** The complaint's stream version; an arbitrator's ruling sends it back as If-Match. */
  version: number;
}

export interface EvidenceItemInput {
  kind: EvidenceKind;
  reference: string;
  description?: string;
}

export interface ActorView {
  role: Role | 'SYSTEM' | string;
  /** Present for staff only when the reader is staff or an auditor; parties see "the platform". */
  id?: string | null;
}

/** One evidence item as a view shows it; who added it and when where the view tells. */
export interface EvidenceItemView {
  kind: EvidenceKind;
  reference: string;
  description?: string | null;
  submittedBy?: ActorView | string | null;
  submittedAt?: string | null;
}

export interface EvidenceView extends EvidenceItemView {
  description: string | null;
  submittedBy: ActorView | string | null;
  submittedAt: string;
}

export interface OfferHistoryView {
  offerId: string;
  type: OfferType;
  amountFen: number | null;
  note: string | null;
  offeredAt: string;
  status: OfferStatus;
  declineNote?: string | null;
  answeredAt?: string | null;
}

export interface TimelineEntry {
  sequence: number;
  at: string;
  type: string;
  actor: ActorView;
  data: Record<string, unknown>;
  /** An English sentence for API clients; the UI words the step itself from type and data. */
  summary?: string;
}

export interface SellerResponseView {
  position: SellerPosition;
  statement: string;
  at: string;
}

export interface Remedy {
  type: RemedyType;
  amountFen?: number | null;
}

/** The ruling in force: after a revision on reconsideration, the revised one (revised true). */
export interface RulingView {
  outcome: RulingOutcome;
  remedy: Remedy;
  rationale: string;
  ruledAt: string;
  ruledBy?: string | null;
  /** No reconsideration can change it any more: one was decided, or its window passed (when the page was read). */
  final: boolean;
  /** The end of the window the ruling opened (kept once used or passed); null for a revision and older rulings. */
  reconsiderationDueBy: string | null;
  /** Absent from servers before reconsideration: read as false. */
  revised?: boolean;
}

/** The decision on a reconsideration: upheld with a note, or revised with a new outcome, remedy and rationale. */
export interface ReconsiderationDecisionView {
  upheld: boolean;
  note?: string | null;
  outcome?: RulingOutcome | null;
  remedy?: Remedy | null;
  rationale?: string | null;
  decidedAt: string;
  /** The deciding arbitrator; hidden from the parties. */
  decidedBy?: string | null;
}

/** A party's request to reconsider the ruling (复核), and its decision once there is one. */
export interface ReconsiderationView {
  requestedBy: ActorView;
  statement: string;
  /** The new evidence the request brought. */
  evidence: EvidenceItemView[];
  requestedAt: string;
  /** The arbitrator who took it; hidden from the parties. */
  assignee?: string | null;
  decision: ReconsiderationDecisionView | null;
}

export interface WithdrawalRequestView {
  requestId: string;
  reason: WithdrawalReason;
  exceptional: boolean;
  note: string | null;
  requestedAt: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  decidedAt?: string | null;
  decisionNote?: string | null;
  decidedBy?: string | null;
}

export interface EvidenceRequestView {
  from: EvidenceParty;
  note: string | null;
  dueBy: string;
  requestedAt: string;
  /** LAPSED: closed unanswered by a ruling or a withdrawal. */
  status: 'OPEN' | 'FULFILLED' | 'EXPIRED' | 'LAPSED';
  requestedBy?: string | null;
}

export interface WithdrawalSuggestionView {
  rationale: string;
  suggestedAt: string;
  /** LAPSED: closed unanswered by a ruling or another withdrawal. */
  status: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'LAPSED';
  declineNote?: string | null;
  suggestedBy?: string | null;
}

export interface InterventionView {
  reason: InterventionReason;
  at: string;
  note?: string | null;
}

export interface ComplaintDetail extends ComplaintSummary {
  description?: string;
  sellerResponse?: SellerResponseView | null;
  ruling?: RulingView | null;
  reconsideration?: ReconsiderationView | null;
  timeline: TimelineEntry[];
  evidence: EvidenceView[];
  offers: OfferHistoryView[];
  withdrawalRequests?: WithdrawalRequestView[];
  evidenceRequests?: EvidenceRequestView[];
  withdrawalSuggestions?: WithdrawalSuggestionView[];
  interventions?: InterventionView[];
}

export interface ArbitrationQueueEntry {
  complaintId: string;
  kind: QueueEntryKind;
  category: ComplaintCategory;
  orderId: string;
  sellerId: string;
  buyerId: string;
  since: string;
  interventionReason: InterventionReason | null;
  assignee: string | null;
  evidenceDueBy: string | null;
  pendingWithdrawalRequest: PendingWithdrawalView | null;
  state: ComplaintState;
  availableActions: Action[];
  version: number;
  /** Until when an intervention may wait without an arbitrator; null when someone has it or for a review. */
  assignmentDueBy?: string | null;
  /** Waited longer than its assignment window without an arbitrator (worked out by the server when asked). */
  overdue?: boolean;
}

/** One stored event as the audit API gives it. */
export interface AuditEvent {
  sequence: number;
  globalPosition: number;
  type: string;
  revision: string | null;
  occurredAt: string;
  actor: string | ActorView | null;
  correlationId: string | null;
  payload: Record<string, unknown>;
}

export interface ChainVerification {
  valid: boolean;
  eventsChecked: number;
  firstMismatch: { sequence: number; globalPosition: number } | null;
}

/** The answer of every command: the body plus the global position of the last event it stored. */
export interface CommandResult<T> {
  body: T;
  position: number | null;
}

export interface Session {
  username: string;
  roles: Role[];
}

export interface LoginOptions {
  mode: 'demo' | 'oidc';
  accounts?: { username: string; role: Role }[];
  loginUrl?: string;
}

/** The complaint's event types (the simple names the audit API and the timeline give). */
export const EVENT_TYPES = [
  'ComplaintFiled',
  'EvidenceSubmitted',
  'SellerResponded',
  'NegotiationStarted',
  'SettlementOffered',
  'SettlementAccepted',
  'SettlementFulfilmentStarted',
  'ComplaintClosedAsSettled',
  'SettlementDeclined',
  'WithdrawalRequested',
  'WithdrawalRequestApproved',
  'WithdrawalRequestRejected',
  'ComplaintWithdrawn',
  'PlatformIntervened',
  'ArbitratorAssigned',
  'ArbitratorReassigned',
  'AssignmentReleased',
  'EvidenceRequested',
  'EvidenceRequestFulfilled',
  'EvidenceRequestExpired',
  'WithdrawalSuggested',
  'WithdrawalSuggestionDeclined',
  'ComplaintRuled',
  'ReconsiderationRequested',
  'RulingUpheld',
  'RulingRevised',
  'RulingBecameFinal',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
