import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChainVerificationResult } from '@/types/audit';

/** The hash chain's verdict at a glance: green when it holds over all events, red naming where it breaks. */
export function VerificationBadge({ verification }: { verification: ChainVerificationResult }) {
  const { t } = useTranslation();
  const mismatch = verification.firstMismatch;
  if (verification.valid || !mismatch) {
    return (
      <span role="status" data-testid="chain-verification">
        <Tag color="success" className="chain-badge">
          ✓ {t('audit.chain.valid', { count: verification.eventsChecked })}
        </Tag>
        <Typography.Text type="secondary">{sealedBy(t, verification)}</Typography.Text>
      </span>
    );
  }
  return (
    <span role="status" data-testid="chain-verification">
      <Tag color="error" className="chain-badge">
        ✗ {t('audit.chain.broken', { sequence: mismatch.sequence })}
      </Tag>
      <Typography.Text type="danger">
        {t('audit.chain.brokenDetail', { position: mismatch.globalPosition, count: verification.eventsChecked })}
        {mismatch.problem ? ` · ${t(`audit.chain.problem.${problemKey(mismatch.problem)}`)}` : ''}
      </Typography.Text>
    </span>
  );
}

/** Which keys sealed the events ("key k2: 5, k1: 2"), and how many are from before the chain was keyed. */
function sealedBy(t: TFunction, { keys, unkeyed }: ChainVerificationResult): string {
  const parts = Object.entries(keys ?? {}).map(([key, count]) => t('audit.chain.sealedWith', { key, count }));
  if (unkeyed > 0) parts.push(t('audit.chain.unkeyed', { count: unkeyed }));
  return parts.join(' · ');
}

/** The service words the problem in English for API clients; the page words it itself. */
function problemKey(problem: string): 'missing' | 'edited' | 'removed' | 'unknownKey' | 'unkeyedAfterKeyed' | 'other' {
  const lower = problem.toLowerCase();
  if (lower.includes('not configured')) return 'unknownKey';
  if (lower.includes('unkeyed')) return 'unkeyedAfterKeyed';
  if (lower.includes('missing')) return 'missing';
  if (lower.includes('removed')) return 'removed';
  if (lower.includes('match') || lower.includes('edited') || lower.includes('unhashed')) return 'edited';
  return 'other';
}
