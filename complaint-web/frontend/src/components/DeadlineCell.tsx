import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NextDeadline } from '@/types/api';
import { Countdown } from './Countdown';

/** The next deadline, whose move it waits for, and the time left as a live countdown. */
export function DeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text>
        {t(`common.deadlineKind.${deadline.kind}`)} · {t(`common.deadlineParty.${deadline.party}`)}
      </Typography.Text>
      <Countdown dueBy={deadline.dueBy} />
    </Space>
  );
}
