import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { EvidenceRequestView } from '@/types/api';
import { Section } from './Section';
import { UserText } from './UserText';

/** The arbitrator's evidence requests: from whom, by when, what is needed, and whether they were answered. */
export function EvidenceRequestsSection({ requests }: { requests: EvidenceRequestView[] }) {
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return null;
  return (
    <Section title={t('complaintCase.sections.evidenceRequests')}>
      <List
        size="small"
        dataSource={requests}
        rowKey={(request) => `${request.requestedAt}-${request.from}`}
        renderItem={(request) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Typography.Text strong>
                  {t('complaintCase.evidenceRequests.from', { from: t(`common.evidenceParty.${request.from}`) })}
                </Typography.Text>
                <Tag>{t(`common.requestStatus.${request.status}`)}</Tag>
              </Space>
              <Typography.Text>
                {t('complaintCase.evidenceRequests.dueBy', { at: formatInstant(request.dueBy, i18n.language) })}
              </Typography.Text>
              <UserText text={request.note} />
            </Space>
          </List.Item>
        )}
      />
    </Section>
  );
}
