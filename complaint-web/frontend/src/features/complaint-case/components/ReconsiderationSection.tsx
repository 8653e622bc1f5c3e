import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReconsiderationView } from '@/types/api';
import { staffName } from './actor';
import { ReconsiderationDecision } from './ReconsiderationDecision';
import { ReconsiderationRequest } from './ReconsiderationRequest';
import { Section } from './Section';

/** The reconsideration of the ruling (复核): the request, who has it (staff only), and the decision once made. */
export function ReconsiderationSection({ reconsideration, staff }: { reconsideration: ReconsiderationView; staff: boolean }) {
  const { t } = useTranslation();
  const { decision } = reconsideration;
  return (
    <Section title={t('complaintCase.sections.reconsideration')}>
      {/* once decided, the decision's own title says how */}
      {!decision && (
        <Space wrap size={8} style={{ marginBottom: 8 }}>
          <Tag>{t('complaintCase.reconsideration.pending')}</Tag>
          {staff && (
            <Typography.Text type="secondary">
              {reconsideration.assignee
                ? t('complaintCase.reconsideration.assignee', { arbitrator: staffName(t, reconsideration.assignee) })
                : t('complaintCase.reconsideration.unassigned')}
            </Typography.Text>
          )}
        </Space>
      )}
      <ReconsiderationRequest reconsideration={reconsideration} />
      {decision && <ReconsiderationDecision decision={decision} />}
    </Section>
  );
}
