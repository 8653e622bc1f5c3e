import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceLink } from '@/components/EvidenceLink';
import { formatInstant } from '@/lib/format';
import type { EvidenceItemView } from '@/types/api';
import { actorName } from './actor';
import { UserText } from './UserText';

/**
 * Evidence on file: kind, the reference (a link only for https), its description, who added it and when (left out
 * where the view does not say, as for the items a reconsideration request brought).
 */
export function EvidenceList({ evidence }: { evidence: EvidenceItemView[] }) {
  const { t, i18n } = useTranslation();
  if (evidence.length === 0) return <Typography.Text type="secondary">{t('complaintCase.evidence.none')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={evidence}
      rowKey={(item) => `${item.submittedAt ?? ''}-${item.reference}`}
      renderItem={(item) => (
        <List.Item>
          <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
            <Space wrap size={4} style={{ maxWidth: '100%', wordBreak: 'break-all' }}>
              <Tag>{t(`common.evidenceKind.${item.kind}`, { defaultValue: item.kind })}</Tag>
              <EvidenceLink reference={item.reference} />
            </Space>
            <UserText text={item.description} />
            {item.submittedAt && (
              <Typography.Text type="secondary">
                {t('complaintCase.evidence.addedBy', {
                  actor: actorName(t, item.submittedBy),
                  at: formatInstant(item.submittedAt, i18n.language),
                })}
              </Typography.Text>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
