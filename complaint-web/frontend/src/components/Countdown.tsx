import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remaining } from '@/lib/format';

/** A live countdown to a deadline (updates every second), or how long ago it passed. */
export function Countdown({ dueBy }: { dueBy: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = remaining(dueBy, now);
  const text = t(left.days > 0 ? 'common.duration.days' : 'common.duration.hours', { ...left });
  return (
    <Typography.Text type={left.overdue ? 'danger' : undefined} data-testid="countdown">
      {left.overdue ? t('common.deadline.overdueBy', { time: text }) : t('common.deadline.left', { time: text })}
    </Typography.Text>
  );
}
