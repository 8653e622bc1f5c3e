import { formatFen } from '@/lib/format';

/** An amount the API gives in fen, shown in yuan with two decimals. */
export function Money({ fen }: { fen: number | null | undefined }) {
  if (fen == null) return null;
  return <span className="money">{formatFen(fen)}</span>;
}
