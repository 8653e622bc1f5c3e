import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidenceLink } from '@/components/EvidenceLink';
import { formatInstant } from '@/lib/format';
import type { WithdrawalRequestView } from '@/types/api';
import { staffName } from './actor';
import { Section } from './Section';
import { UserText } from './UserText';

/** A request as the server sends it; evidenceReferences: the new evidence an (exceptional) request brought. */
export type WithdrawalRequestRow = WithdrawalRequestView & { evidenceReferences?: string[] | null };

/** The buyer's withdrawal requests and the platform's decisions on them. */
export function WithdrawalRequestsSection({ requests }: { requests: WithdrawalRequestRow[] }) {
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return null;
  return (
    <Section title={t('complaintCase.sections.withdrawalRequests')}>
      <List
        size="small"
        dataSource={requests}
        rowKey="requestId"
        renderItem={(request) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Typography.Text strong>{t(`common.withdrawalReason.${request.reason}`)}</Typography.Text>
                {request.exceptional && <Tag color="orange">{t('complaintCase.withdrawalRequests.exceptional')}</Tag>}
                <Tag>{t(`common.requestStatus.${request.status}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">
                {t('complaintCase.withdrawalRequests.requestedAt', { at: formatInstant(request.requestedAt, i18n.language) })}
              </Typography.Text>
              <UserText text={request.note} />
              {(request.evidenceReferences ?? []).map((reference) => (
                <EvidenceLink key={reference} reference={reference} />
              ))}
              {request.decidedAt && (
                <Typography.Text type="secondary">
                  {t('complaintCase.withdrawalRequests.decided', {
                    status: t(`common.requestStatus.${request.status}`),
                    actor: staffName(t, request.decidedBy),
                    at: formatInstant(request.decidedAt, i18n.language),
                  })}
                </Typography.Text>
              )}
              <UserText text={request.decisionNote} />
            </Space>
          </List.Item>
        )}
      />
    </Section>
  );
}
