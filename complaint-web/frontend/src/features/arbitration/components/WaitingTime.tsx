import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { elapsedSince, formatInstant } from '@/lib/format';

/** Since when a case waits, and for how long (live, from the table's shared clock). */
export function WaitingTime({ since, now }: { since: string; now: number }) {
  const { t, i18n } = useTranslation();
  const waited = elapsedSince(since, now);
  const time = t(waited.days > 0 ? 'common.duration.days' : 'common.duration.hours', { ...waited });
  return (
    <Typography.Text>
      {formatInstant(since, i18n.language)}
      <br />
      <Typography.Text type="secondary" data-testid="waiting-time">
        {t('arbitration.waiting', { time })}
      </Typography.Text>
    </Typography.Text>
  );
}
