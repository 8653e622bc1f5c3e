// What a filing may hold. The lengths are the services' own (complaint-command's FileComplaintRequest and
// EvidenceItemRequest, complaint-api's Text, FileComplaint, EvidenceItem and command.Evidence), so the form
// refuses before sending exactly what the server would refuse. Text is counted in code points, as the
// server's @TextLength counts it (an emoji is one character, not two).
export {
  codePoints,
  EVIDENCE_DESCRIPTION_MAX,
  EVIDENCE_MAX,
  isAcceptedReference,
  REFERENCE_MAX,
  STORED_FILE_ID_PATTERN,
} from '@/lib/evidence';

/** OrderId.MAX_CANONICAL_LENGTH: the server compares order ids trimmed, lower-cased, at most 64 characters. */
export const ORDER_ID_MAX = 64;
/** Text.MAX_ID_LENGTH: sellerId is @NotBlank @Size(max = 100). */
export const SELLER_ID_MAX = 100;
/** FileComplaint.MAX_DESCRIPTION, @NotBlank. */
export const DESCRIPTION_MAX = 2_000;
/** command.Evidence: a filing needs at least one item; at most EVIDENCE_MAX, like every evidence list. */
export const EVIDENCE_MIN = 1;

/**
 * The characters an order id may have: letters, digits and - _ . : / # (OrderId.canonical on the server, which
 * also lower-cases, so "ORDER-1" and "order-1" are one order).
 */
export const ORDER_ID_PATTERN = /^[A-Za-z0-9\-_.:/#]+$/;

