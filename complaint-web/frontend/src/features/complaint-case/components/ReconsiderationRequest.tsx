import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { ReconsiderationView } from '@/types/api';
import { actorName } from './actor';
import { EvidenceList } from './EvidenceList';
import { UserText } from './UserText';

/**
 * What a party asked, as the page and the deciding arbitrator's form both show it: who and when (staff, should a
 * view ever name them, read as "the platform" to the parties: actorName), the statement and its new evidence.
 */
export function ReconsiderationRequest({ reconsideration }: { reconsideration: ReconsiderationView }) {
  const { t, i18n } = useTranslation();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
      <Typography.Text type="secondary">
        {t('complaintCase.reconsideration.requested', {
          actor: actorName(t, reconsideration.requestedBy),
          at: formatInstant(reconsideration.requestedAt, i18n.language),
        })}
      </Typography.Text>
      <Typography.Text strong>{t('complaintCase.reconsideration.statement')}</Typography.Text>
      <UserText text={reconsideration.statement} />
      <Typography.Text strong>{t('complaintCase.reconsideration.evidence')}</Typography.Text>
      <EvidenceList evidence={reconsideration.evidence ?? []} />
    </Space>
  );
}
