import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NextDeadline } from '@/types/api';
import { Countdown } from './Countdown';
import { Text } from './text';

/** The next deadline, whose move it waits for, and the time left as a live countdown. */
export function DeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <Text type="secondary">—</Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Text>
        {t(`common.deadlineKind.${deadline.kind}`)} · {t(`common.deadlineParty.${deadline.party}`)}
      </Text>
      <Countdown dueBy={deadline.dueBy} />
    </Space>
  );
}
