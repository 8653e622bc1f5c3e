// The operations API of the query service (OPERATOR), as its controllers answer it (docs/api.md, "Operations").
// Not in api.ts: the contract there lists these endpoints without their full shapes.

export type ProcessorState = 'RUNNING' | 'ERROR' | 'SHUT_DOWN';
export type TableSet = 'PRIMARY' | 'SHADOW';

export interface SegmentClaim {
  segment: number;
  /** The node id of the instance claiming it; null while none does. */
  owner: string | null;
  position: number | null;
  claimedHere: boolean;
}

export interface ProcessorStatus {
  name: string;
  state: ProcessorState;
  /** The lowest position over its segments; null for a processor without segments yet. */
  position: number | null;
  head: number;
  /** Events behind the head; null when the position is unknown. */
  lag: number | null;
  replaying: boolean;
  /** 0..1 of a replay or rebuild; null when none runs. */
  progress: number | null;
  segments: { claimed: number; total: number; bySegment: SegmentClaim[] } | null;
  instances: string[];
  thisInstance: { nodeId: string; claimedSegments: number; eventsHandled: number } | null;
  activeTables: TableSet | null;
  rebuild: { into: TableSet; targetPosition: number; startedAt: string } | null;
}

export interface DeadLetterView {
  eventIdentifier: string;
  eventType: string;
  complaintId: string | null;
  sequenceNumber: number | null;
  globalPosition: number | null;
  /** Null for a letter parked behind an earlier one of the same complaint. */
  causeType: string | null;
  causeMessage: string | null;
  enqueuedAt: string;
  lastTouched: string;
  retries: number;
}

export interface DeadLetteredSequence {
  complaintId: string | null;
  letters: DeadLetterView[];
}

export interface ProcessorDeadLetters {
  processor: string;
  sequenceCount: number;
  letterCount: number;
  /** The first sequences only (up to 100); complete is false when there are more. */
  sequences: DeadLetteredSequence[];
  complete: boolean;
}

export interface RetryOutcome {
  processor: string;
  rounds: number;
  processed: DeadLetterView[];
  remaining: ProcessorDeadLetters;
}

export interface MissingComplaint {
  complaintId: string;
  /** Null: the read model has no row for it at all. */
  appliedSequence: number | null;
  storedSequence: number;
}

export interface ReadModelReconciliation {
  readModel: string;
  complaints: number;
  storeComplaints: number;
  position: number | null;
  head: number;
  /** The first 1,000 of missingCount. */
  missing: MissingComplaint[];
  missingCount: number;
}
