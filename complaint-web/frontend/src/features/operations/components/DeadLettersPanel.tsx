import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatInstant } from '@/lib/format';
import type { DeadLetterView, ProcessorDeadLetters } from '@/types/ops';
import { useDeadLetters } from '../api/get-dead-letters';
import { useRetryDeadLetters } from '../api/retry-dead-letters';

/** Events a projection failed on, per processor and complaint in order, with a retry per processor. */
export function DeadLettersPanel() {
  const { t } = useTranslation();
  const deadLetters = useDeadLetters();
  const retry = useRetryDeadLetters();
  const queues = (deadLetters.data ?? []).filter((queue) => queue.letterCount > 0);
  return (
    <Card title={t('operations.deadLetters.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {deadLetters.isError && <ProblemAlert error={deadLetters.error} onRetry={() => void deadLetters.refetch()} />}
        <ProblemAlert error={retry.error} />
        {retry.data && (
          <Alert
            type={retry.data.body.remaining.letterCount > 0 ? 'warning' : 'success'}
            showIcon
            role="status"
            title={t('operations.deadLetters.retried', {
              processor: retry.data.body.processor,
              applied: retry.data.body.processed.length,
              left: retry.data.body.remaining.letterCount,
            })}
          />
        )}
        {deadLetters.data && queues.length === 0 && <Empty description={t('operations.deadLetters.none')} />}
        {queues.map((queue) => (
          <QueueCard
            key={queue.processor}
            queue={queue}
            retrying={retry.isPending && retry.variables === queue.processor}
            onRetry={() => retry.mutate(queue.processor)}
          />
        ))}
      </Space>
    </Card>
  );
}

function QueueCard({ queue, retrying, onRetry }: { queue: ProcessorDeadLetters; retrying: boolean; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const rows = queue.sequences.flatMap((sequence) => sequence.letters);
  const columns: ColumnsType<DeadLetterView> = [
    { title: t('operations.deadLetters.complaint'), dataIndex: 'complaintId', render: (id: string | null) => (id ? <Typography.Text code>{id}</Typography.Text> : '—') },
    { title: t('operations.deadLetters.sequence'), dataIndex: 'sequenceNumber', render: (n: number | null) => n ?? '—' },
    { title: t('operations.deadLetters.globalPosition'), dataIndex: 'globalPosition', render: (n: number | null) => n ?? '—' },
    { title: t('operations.deadLetters.eventType'), dataIndex: 'eventType' },
    {
      title: t('operations.deadLetters.error'),
      key: 'error',
      render: (_, letter) =>
        letter.causeType ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text type="danger">{letter.causeType}</Typography.Text>
            <Typography.Text style={{ maxWidth: 420 }} ellipsis={{ tooltip: letter.causeMessage }}>
              {letter.causeMessage}
            </Typography.Text>
          </Space>
        ) : (
          <Tag>{t('operations.deadLetters.parked')}</Tag>
        ),
    },
    { title: t('operations.deadLetters.retries'), dataIndex: 'retries' },
    { title: t('operations.deadLetters.enqueuedAt'), dataIndex: 'enqueuedAt', render: (at: string) => formatInstant(at, i18n.language) },
    { title: t('operations.deadLetters.lastTouched'), dataIndex: 'lastTouched', render: (at: string) => formatInstant(at, i18n.language) },
  ];
  return (
    <Card
      type="inner"
      size="small"
      title={
        <Space>
          <Typography.Text strong>{queue.processor}</Typography.Text>
          <Typography.Text type="secondary">
            {t('operations.deadLetters.counts', { complaints: queue.sequenceCount, events: queue.letterCount })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button size="small" type="primary" loading={retrying} onClick={onRetry} aria-label={`${t('operations.deadLetters.retry')} ${queue.processor}`}>
          {t('operations.deadLetters.retry')}
        </Button>
      }
    >
      <Table<DeadLetterView> rowKey="eventIdentifier" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
      {!queue.complete && <Typography.Text type="secondary">{t('operations.deadLetters.more')}</Typography.Text>}
    </Card>
  );
}
