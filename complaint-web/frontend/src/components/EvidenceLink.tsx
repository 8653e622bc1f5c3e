import { Typography } from 'antd';

/**
 * An evidence reference: a link only for https URLs (opened in a new tab without the opener); anything else
 * (a stored-file id, or a scheme the platform refuses) is plain text. React escapes it; it is never HTML.
 */
export function EvidenceLink({ reference }: { reference: string }) {
  if (isHttps(reference)) {
    return (
      <Typography.Link href={reference} target="_blank" rel="noopener noreferrer nofollow">
        {reference}
      </Typography.Link>
    );
  }
  return <Typography.Text code>{reference}</Typography.Text>;
}

export function isHttps(reference: string): boolean {
  try {
    return new URL(reference).protocol === 'https:';
  } catch {
    return false;
  }
}
