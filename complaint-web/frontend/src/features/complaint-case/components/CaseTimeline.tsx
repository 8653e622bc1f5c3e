import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { TimelineEntry } from '@/types/api';
import { describeEntry, entryText } from './timeline-words';
import { UserText } from './UserText';

/** What happened, in order, worded in the reader's language from each step's type, data and actor. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Typography.Text type="secondary">{t('complaintCase.timeline.empty')}</Typography.Text>;
  const sorted = [...entries].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  return (
    <Timeline
      items={sorted.map((entry, index) => ({
        key: entry.sequence ?? index,
        content: (
          <div data-testid="timeline-entry">
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              <time dateTime={entry.at}>{formatInstant(entry.at, i18n.language)}</time>
            </Typography.Text>
            <Typography.Text>{describeEntry(t, entry, i18n.language)}</Typography.Text>
            <UserText text={entryText(entry)} secondary />
          </div>
        ),
      }))}
    />
  );
}
