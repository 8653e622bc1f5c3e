// What an evidence item may hold, wherever one is entered (filing, a seller's response, added evidence, a
// withdrawal's new evidence): one rule, so that no form accepts what another refuses. The lengths are the
// services' own (complaint-api's EvidenceItem, command.Evidence), counted in code points as the server counts them.
import { isHttps } from '@/components/EvidenceLink';

/** command.Evidence and EvidenceItemRequest.MAX_ITEMS: at most 20 items in one request. */
export const EVIDENCE_MAX = 20;
/** EvidenceItem.MAX_REFERENCE, @NotBlank. */
export const REFERENCE_MAX = 2_000;
/** EvidenceItem.MAX_DESCRIPTION, optional. */
export const EVIDENCE_DESCRIPTION_MAX = 2_000;

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
