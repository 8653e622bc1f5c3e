import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '@/components/Countdown';
import type { Action, ArbitrationQueueEntry, Page } from '@/types/api';
import { useNow } from '@/lib/clock';
import { formatInstant } from '@/lib/format';
import { WaitingTime } from './WaitingTime';

interface Props {
  data: Page<ArbitrationQueueEntry> | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  /** A step on an entry's case: TAKE, RELEASE or REASSIGN, offered only where the entry's availableActions have it. */
  onStep: (action: QueueStep, entry: ArbitrationQueueEntry) => void;
  /** The case a step is being sent for: its button spins, the others wait. */
  busy: string | null;
}

export type QueueStep = Extract<Action, 'TAKE' | 'RELEASE' | 'REASSIGN'>;
const STEPS: QueueStep[] = ['TAKE', 'RELEASE', 'REASSIGN'];

// Solid tags in dark shades (white text at 7:1 and more): antd's light volcano/geekblue/purple presets fall below
// 4.5:1. A reconsideration takes the ruled state's purple: it is a ruling looked at again.
const KIND_COLOURS = { INTERVENTION: '#ad2102', WITHDRAWAL_REVIEW: '#1d39c4', RECONSIDERATION: '#531dab' } as const;
const OVERDUE_COLOUR = '#a8071a';

export function QueueTable({ data, loading, page, onPage, onStep, busy }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const columns: ColumnsType<ArbitrationQueueEntry> = [
    {
      title: t('arbitration.columns.kind'),
      dataIndex: 'kind',
      render: (_, entry) => (
        <Tag variant="solid" color={KIND_COLOURS[entry.kind] ?? 'default'}>{t(`common.queueKind.${entry.kind}`)}</Tag>
      ),
    },
    {
      title: t('arbitration.columns.category'),
      dataIndex: 'category',
      render: (_, entry) => t(`common.category.${entry.category}`),
    },
    { title: t('arbitration.columns.order'), dataIndex: 'orderId' },
    { title: t('arbitration.columns.buyer'), dataIndex: 'buyerId' },
    { title: t('arbitration.columns.seller'), dataIndex: 'sellerId' },
    {
      title: t('arbitration.columns.interventionReason'),
      dataIndex: 'interventionReason',
      render: (_, entry) =>
        entry.interventionReason ? t(`common.interventionReason.${entry.interventionReason}`) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('arbitration.columns.since'),
      dataIndex: 'since',
      render: (_, entry) => <WaitingTime since={entry.since} now={now} />,
    },
    {
      title: t('arbitration.columns.assignee'),
      dataIndex: 'assignee',
      render: (_, entry) => (
        <Space size={4} wrap>
          {entry.assignee ?? <Typography.Text type="secondary">{t('arbitration.unassigned')}</Typography.Text>}
          {entry.overdue && (
            <Tooltip title={t('arbitration.overdueHint', { dueBy: formatInstant(entry.assignmentDueBy, i18n.language) })}>
              <Tag variant="solid" color={OVERDUE_COLOUR}>{t('arbitration.overdue')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('arbitration.columns.evidenceDue'),
      dataIndex: 'evidenceDueBy',
      render: (_, entry) => (entry.evidenceDueBy ? <Countdown dueBy={entry.evidenceDueBy} /> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('arbitration.columns.withdrawalRequest'),
      dataIndex: 'pendingWithdrawalRequest',
      render: (_, entry) => {
        const request = entry.pendingWithdrawalRequest;
        if (!request) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space orientation="vertical" size={0}>
            <Typography.Text>{t(`common.withdrawalReason.${request.reason}`)}</Typography.Text>
            {request.exceptional && <Tag color="red">{t('arbitration.exceptional')}</Tag>}
            {request.note && (
              <Typography.Text type="secondary" ellipsis={{ tooltip: request.note }} style={{ maxWidth: 200 }}>
                {request.note}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: t('arbitration.columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, entry) => (
        <Space>
          {STEPS.filter((step) => entry.availableActions.includes(step)).map((step) => (
            <Button
              key={step}
              type={step === 'TAKE' ? 'primary' : 'default'}
              size="small"
              loading={busy === entry.complaintId}
              disabled={busy != null && busy !== entry.complaintId}
              aria-label={`${t(`common.action.${step}`)} ${entry.orderId}`}
              onClick={() => onStep(step, entry)}
            >
              {t(`common.action.${step}`)}
            </Button>
          ))}
          <Link to={`/complaints/${encodeURIComponent(entry.complaintId)}`} aria-label={`${t('arbitration.open')} ${entry.orderId}`}>
            {t('arbitration.open')}
          </Link>
        </Space>
      ),
    },
  ];
  return (
    <Table<ArbitrationQueueEntry>
      rowKey={(entry) => `${entry.complaintId}:${entry.kind}`}
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading && !data}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('arbitration.empty')} /> }}
      pagination={{
        current: page,
        pageSize: data?.size ?? 20,
        total: data?.totalItems ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.pagination.total', { total }),
        onChange: onPage,
      }}
    />
  );
}
