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

/** Text.MAX_ID_LENGTH: orderId and sellerId are @NotBlank @Size(max = 100). */
export const ORDER_ID_MAX = 100;
export const SELLER_ID_MAX = 100;
/** FileComplaint.MAX_DESCRIPTION, @NotBlank. */
export const DESCRIPTION_MAX = 2_000;
/** command.Evidence: a filing needs at least one item; at most EVIDENCE_MAX, like every evidence list. */
export const EVIDENCE_MIN = 1;

/**
 * The characters an order id may have here: letters, digits and - _ . : / # (the marketplace's order ids).
 * Stricter than the server, which only bounds the length.
 */
export const ORDER_ID_PATTERN = /^[A-Za-z0-9\-_.:/#]+$/;

