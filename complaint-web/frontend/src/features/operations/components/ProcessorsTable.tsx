import { Button, Popconfirm, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { ProcessorState, ProcessorStatus } from '@/types/ops';

const STATE_COLOURS: Record<ProcessorState, string> = { RUNNING: 'success', ERROR: 'error', SHUT_DOWN: 'default' };

interface Props {
  processors: ProcessorStatus[];
  loading: boolean;
  onRebuild: (name: string) => void;
  rebuilding: string | null;
}

/** Each event processor: how far it has got, how far behind, whether it replays or rebuilds, who holds it. */
export function ProcessorsTable({ processors, loading, onRebuild, rebuilding }: Props) {
  const { t, i18n } = useTranslation();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: ColumnsType<ProcessorStatus> = [
    { title: t('operations.processors.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    {
      title: t('operations.processors.state'),
      dataIndex: 'state',
      render: (state: ProcessorState) => <Tag color={STATE_COLOURS[state] ?? 'default'}>{t(`operations.state.${state}`)}</Tag>,
    },
    {
      title: t('operations.processors.position'),
      dataIndex: 'position',
      render: (_, p) => (
        <span data-testid={`position-${p.name}`}>
          {p.position ?? '—'} / {p.head}
        </span>
      ),
    },
    {
      title: t('operations.processors.lag'),
      dataIndex: 'lag',
      render: (_, p) =>
        p.lag == null ? (
          dash
        ) : (
          <Typography.Text type={p.lag > 0 ? 'warning' : 'success'} data-testid={`lag-${p.name}`}>
            {t('operations.processors.lagEvents', { count: p.lag })}
          </Typography.Text>
        ),
    },
    {
      title: t('operations.processors.replaying'),
      dataIndex: 'replaying',
      render: (_, p) => (p.replaying ? <Tag color="processing">{t('operations.processors.replayingYes')}</Tag> : t('operations.processors.replayingNo')),
    },
    {
      title: t('operations.processors.progress'),
      dataIndex: 'progress',
      width: 200,
      render: (_, p) =>
        p.progress == null ? (
          dash
        ) : (
          <Progress
            percent={Math.floor(p.progress * 1000) / 10}
            size="small"
            status={p.progress >= 1 ? 'success' : 'active'}
            aria-label={t('operations.processors.progressOf', { name: p.name })}
          />
        ),
    },
    {
      title: t('operations.processors.tables'),
      dataIndex: 'activeTables',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.activeTables ? t(`operations.tableSet.${p.activeTables}`) : dash}
          {p.rebuild && (
            <Typography.Text type="secondary">
              {t('operations.processors.rebuildInto', {
                into: t(`operations.tableSet.${p.rebuild.into}`),
                target: p.rebuild.targetPosition,
                since: formatInstant(p.rebuild.startedAt, i18n.language),
              })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('operations.processors.segments'),
      key: 'segments',
      render: (_, p) =>
        p.segments ? (
          <Space orientation="vertical" size={0}>
            <span>{t('operations.processors.claimed', { claimed: p.segments.claimed, total: p.segments.total })}</span>
            {p.segments.bySegment.map((segment) => (
              <Tooltip key={segment.segment} title={t('operations.processors.segmentPosition', { position: segment.position ?? '—' })}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('operations.processors.segment', { segment: segment.segment, owner: segment.owner ?? t('operations.processors.unclaimed') })}
                  {segment.claimedHere ? ` (${t('operations.processors.here')})` : ''}
                </Typography.Text>
              </Tooltip>
            ))}
          </Space>
        ) : (
          dash
        ),
    },
    {
      title: t('operations.processors.actions'),
      key: 'actions',
      render: (_, p) => (
        <Popconfirm
          title={t('operations.rebuild.confirmTitle', { name: p.name })}
          description={t('operations.rebuild.confirmText')}
          okText={t('operations.rebuild.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => onRebuild(p.name)}
        >
          <Button danger size="small" autoInsertSpace={false} loading={rebuilding === p.name} disabled={p.rebuild != null} aria-label={`${t('operations.rebuild.button')} ${p.name}`}>
            {t('operations.rebuild.button')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Table<ProcessorStatus>
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={processors}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('operations.processors.empty') }}
    />
  );
}
