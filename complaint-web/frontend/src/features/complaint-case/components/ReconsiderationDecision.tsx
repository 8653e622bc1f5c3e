import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import { formatInstant } from '@/lib/format';
import type { ReconsiderationDecisionView } from '@/types/api';
import { staffName } from './actor';
import { UserText } from './UserText';

/**
 * The decision on a reconsideration: upheld with its note, or the revised outcome, remedy and rationale. The deciding
 * arbitrator is named to staff only; the parties read "the platform" (the view leaves the id out for them).
 */
export function ReconsiderationDecision({ decision }: { decision: ReconsiderationDecisionView }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered
      title={t(decision.upheld ? 'complaintCase.reconsideration.upheld' : 'complaintCase.reconsideration.revised')}>
      <Descriptions.Item label={t('complaintCase.reconsideration.decidedBy')}>{staffName(t, decision.decidedBy)}</Descriptions.Item>
      <Descriptions.Item label={t('complaintCase.reconsideration.decidedAt')}>{formatInstant(decision.decidedAt, i18n.language)}</Descriptions.Item>
      {decision.upheld ? (
        <Descriptions.Item label={t('complaintCase.reconsideration.note')} span="filled"><UserText text={decision.note} /></Descriptions.Item>
      ) : (
        <>
          {decision.outcome && (
            <Descriptions.Item label={t('complaintCase.rule.outcome')}>{t(`common.outcome.${decision.outcome}`)}</Descriptions.Item>
          )}
          {decision.remedy && (
            <Descriptions.Item label={t('complaintCase.ruling.remedy')}>
              {/* one inline run: the item's content is a flex box, where a bare space between children collapses */}
              <span>{t(`common.remedyType.${decision.remedy.type}`)} <Money fen={decision.remedy.amountFen} /></span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('complaintCase.ruling.rationale')} span="filled"><UserText text={decision.rationale} /></Descriptions.Item>
        </>
      )}
    </Descriptions>
  );
}
