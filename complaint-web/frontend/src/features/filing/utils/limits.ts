// What a filing may hold. The lengths are the services' own (complaint-command's FileComplaintRequest and
// EvidenceItemRequest, complaint-api's Text, FileComplaint, EvidenceItem and command.Evidence), so the form
// refuses before sending exactly what the server would refuse. Text is counted in code points, as the
// server's @TextLength counts it (an emoji is one character, not two).
import { isHttps } from '@/components/EvidenceLink';

/** Text.MAX_ID_LENGTH: orderId and sellerId are @NotBlank @Size(max = 100). */
export const ORDER_ID_MAX = 100;
export const SELLER_ID_MAX = 100;
/** FileComplaint.MAX_DESCRIPTION, @NotBlank. */
export const DESCRIPTION_MAX = 2_000;
/** command.Evidence: a filing needs at least one item, and at most 20 (EvidenceItemRequest.MAX_ITEMS). */
export const EVIDENCE_MIN = 1;
export const EVIDENCE_MAX = 20;
/** EvidenceItem.MAX_REFERENCE, @NotBlank. */
export const REFERENCE_MAX = 2_000;
/** EvidenceItem.MAX_DESCRIPTION, optional. */
export const EVIDENCE_DESCRIPTION_MAX = 2_000;

/**
 * The characters an order id may have here: letters, digits and - _ . : / # (the marketplace's order ids).
 * Stricter than the server, which only bounds the length.
 */
export const ORDER_ID_PATTERN = /^[A-Za-z0-9\-_.:/#]+$/;

/** A stored file's id: starts with a letter or digit, then letters, digits and . _ : - (at most 128 in all). */
export const STORED_FILE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Schemes never accepted, even where the text would otherwise look like a stored-file id ("javascript:x"). */
const REFUSED_SCHEMES = /^\s*(javascript|data|vbscript|file|blob|about|http|ftp|ws|wss|mailto|tel|sms|intent|content|chrome|filesystem):/i;

/** The text's length as the server counts it: in code points. */
export function codePoints(text: string | null | undefined): number {
  return text ? [...text].length : 0;
}

/** An evidence reference the platform accepts: an https:// URL, or a stored file's id. Nothing else. */
export function isAcceptedReference(reference: string): boolean {
  const value = reference.trim();
  if (value === '') return false;
  if (REFUSED_SCHEMES.test(value)) return false;
  if (/^https:\/\//i.test(value)) return isHttps(value) && !/\s/.test(value);
  return STORED_FILE_ID_PATTERN.test(value);
}
