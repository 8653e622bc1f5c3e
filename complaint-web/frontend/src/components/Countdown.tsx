import { useTranslation } from 'react-i18next';
import { useNow } from '@/lib/clock';
import { remaining } from '@/lib/format';
import { Text } from './text';

/** A live countdown to a deadline (updates every second), or how long ago it passed. */
export function Countdown({ dueBy }: { dueBy: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = remaining(dueBy, now);
  const text = t(left.days > 0 ? 'common.duration.days' : 'common.duration.hours', { ...left });
  return (
    <Text type={left.overdue ? 'danger' : undefined} data-testid="countdown">
      {left.overdue ? t('common.deadline.overdueBy', { time: text }) : t('common.deadline.left', { time: text })}
    </Text>
  );
}
