import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import { formatInstant } from '@/lib/format';
import type { RulingView } from '@/types/api';
import { staffName } from './actor';
import { Section } from './Section';
import { UserText } from './UserText';

/** The platform's ruling (最终处理结果), shown prominently: outcome, remedy with amount, rationale. */
export function RulingSection({ ruling, staff }: { ruling: RulingView; staff: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('complaintCase.sections.ruling')}>
      <Alert
        type="info"
        title={t(`common.outcome.${ruling.outcome}`)}
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
            <Descriptions.Item label={t('complaintCase.ruling.rationale')} span="filled">
              <UserText text={ruling.rationale} />
            </Descriptions.Item>
          </Descriptions>
        }
      />
    </Section>
  );
}
