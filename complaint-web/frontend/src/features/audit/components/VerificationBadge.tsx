import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainVerificationResult } from '@/types/audit';

/** The hash chain's verdict at a glance: green when it holds over all events, red naming where it breaks. */
export function VerificationBadge({ verification }: { verification: ChainVerificationResult }) {
  const { t } = useTranslation();
  const mismatch = verification.firstMismatch;
  if (verification.valid || !mismatch) {
    return (
      <Tag color="success" role="status" data-testid="chain-verification" className="chain-badge">
        ✓ {t('audit.chain.valid', { count: verification.eventsChecked })}
      </Tag>
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

/** The service words the problem in English for API clients; the page words it itself. */
function problemKey(problem: string): 'missing' | 'edited' | 'removed' | 'other' {
  const lower = problem.toLowerCase();
  if (lower.includes('missing')) return 'missing';
  if (lower.includes('removed')) return 'removed';
  if (lower.includes('match') || lower.includes('edited') || lower.includes('unhashed')) return 'edited';
  return 'other';
}
