import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Countdown } from '@/components/Countdown';
import { formatInstant } from '@/lib/format';
import type { RulingView } from '@/types/api';

/**
 * Whether the ruling may still change: final; under reconsideration (asked, not yet decided); or open to a
 * reconsideration until its due time, with the live countdown the deadlines show elsewhere.
 */
export function RulingFinality({ ruling, underReconsideration }: { ruling: RulingView; underReconsideration: boolean }) {
  const { t, i18n } = useTranslation();
  if (ruling.final) return <Tag color="default">{t('complaintCase.ruling.final')}</Tag>;
  if (underReconsideration) return <span>{t('complaintCase.ruling.underReconsideration')}</span>;
  if (!ruling.reconsiderationDueBy) return <span>—</span>;
  return (
    // a plain column (as DeadlineCell draws one): the due time, then the time left
    <span style={{ display: 'inline-flex', flexDirection: 'column' }}>
      <span>{t('complaintCase.ruling.reconsiderableUntil', { at: formatInstant(ruling.reconsiderationDueBy, i18n.language) })}</span>
      <Countdown dueBy={ruling.reconsiderationDueBy} />
    </span>
  );
}
