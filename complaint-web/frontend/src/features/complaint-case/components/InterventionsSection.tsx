import { List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { InterventionView } from '@/types/api';
import { Section } from './Section';
import { UserText } from './UserText';

/** Why and when the platform stepped in (天猫介入). */
export function InterventionsSection({ interventions }: { interventions: InterventionView[] }) {
  const { t, i18n } = useTranslation();
  if (interventions.length === 0) return null;
  return (
    <Section title={t('complaintCase.sections.interventions')}>
      <List
        size="small"
        dataSource={interventions}
        rowKey="at"
        renderItem={(intervention) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text strong>{t(`common.interventionReason.${intervention.reason}`)}</Typography.Text>
              <Typography.Text type="secondary">{formatInstant(intervention.at, i18n.language)}</Typography.Text>
              <UserText text={intervention.note} />
            </Space>
          </List.Item>
        )}
      />
    </Section>
  );
}
