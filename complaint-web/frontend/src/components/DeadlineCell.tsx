import { useTranslation } from 'react-i18next';
import type { NextDeadline } from '@/types/api';
import { Countdown } from './Countdown';
import { Text } from './text';

/** The next deadline, whose move it waits for, and the time left as a live countdown. */
export function DeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <Text type="secondary">—</Text>;
  return (
    // a plain column, as antd's vertical Space with no gap draws it: this cell is on every row of a list of up to
    // 100 complaints, and each Space (and each themed Text) is one more component per row to render
    <span style={{ display: 'inline-flex', flexDirection: 'column' }}>
      <span>
        {t(`common.deadlineKind.${deadline.kind}`)} · {t(`common.deadlineParty.${deadline.party}`)}
      </span>
      <Countdown dueBy={deadline.dueBy} />
    </span>
  );
}
