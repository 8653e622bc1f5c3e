import { Alert, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import { formatInstant } from '@/lib/format';
import type { RulingView } from '@/types/api';
import { staffName } from './actor';
import { RulingFinality } from './RulingFinality';
import { Section } from './Section';
import { UserText } from './UserText';

/**
 * The platform's ruling in force (最终处理结果), shown prominently: outcome, remedy with amount, rationale, whether it
 * may still be reconsidered, and whether a reconsideration revised it (then the revised ruling is the one shown).
 */
export function RulingSection({ ruling, staff, underReconsideration = false }: {
  ruling: RulingView;
  staff: boolean;
  underReconsideration?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('complaintCase.sections.ruling')}>
      <Alert
        type="info"
        title={
          <Space wrap size={8}>
            {t(`common.outcome.${ruling.outcome}`)}
            {/* solid, the ruled state's purple: white text above 7:1, where antd's light purple falls below 4.5:1 */}
            {ruling.revised && <Tag variant="solid" color="#531dab">{t('complaintCase.ruling.revised')}</Tag>}
          </Space>
        }
        description={
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('complaintCase.ruling.remedy')}>
              {/* one inline run: the item's content is a flex box, where a bare space between children collapses */}
              <span>
                {t(`common.remedyType.${ruling.remedy?.type ?? 'NONE'}`)} <Money fen={ruling.remedy?.amountFen} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('complaintCase.ruling.ruledAt')}>
              {formatInstant(ruling.ruledAt, i18n.language)}
            </Descriptions.Item>
            {staff && ruling.ruledBy && (
              <Descriptions.Item label={t('complaintCase.ruling.ruledBy')}>{staffName(t, ruling.ruledBy)}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('complaintCase.ruling.finality')}>
              <RulingFinality ruling={ruling} underReconsideration={underReconsideration} />
            </Descriptions.Item>
            <Descriptions.Item label={t('complaintCase.ruling.rationale')} span="filled">
              <UserText text={ruling.rationale} />
            </Descriptions.Item>
          </Descriptions>
        }
      />
    </Section>
  );
}
