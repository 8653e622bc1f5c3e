import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { AuditedEvent } from '@/types/audit';
import { formatPrecise, prettyJson } from './format-time';

interface Props {
  events: AuditedEvent[];
  /** The sequence where the hash chain breaks, marked in the table. */
  brokenAt: number | null;
}

/** A complaint's stored events in order; each row opens to its payload as stored, as JSON text. */
export function EventsTable({ events, brokenAt }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<AuditedEvent> = [
    { title: t('audit.events.sequence'), dataIndex: 'sequence', width: 80 },
    { title: t('audit.events.globalPosition'), dataIndex: 'globalPosition', width: 100 },
    { title: t('audit.events.type'), dataIndex: 'type', render: (type: string) => <Typography.Text code>{type}</Typography.Text> },
    { title: t('audit.events.revision'), dataIndex: 'revision', render: (revision: string | null) => revision ?? '—' },
    { title: t('audit.events.occurredAt'), dataIndex: 'occurredAt', render: (at: string) => formatPrecise(at) },
    { title: t('audit.events.actor'), dataIndex: 'actor', render: (actor: string | null) => actor ?? '—' },
    {
      title: t('audit.events.correlationId'),
      dataIndex: 'correlationId',
      render: (id: string | null) => (id ? <Typography.Text copyable={{ text: id }}>{id}</Typography.Text> : '—'),
    },
  ];
  return (
    <Table<AuditedEvent>
      rowKey="sequence"
      size="small"
      columns={columns}
      dataSource={events}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(event) => (event.sequence === brokenAt ? 'audit-broken-row' : '')}
      onRow={(event) => (event.sequence === brokenAt ? { style: { background: '#fff1f0' } } : {})}
      expandable={{
        expandedRowRender: (event) => (
          <pre className="audit-payload" aria-label={t('audit.events.payload')} style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {prettyJson(event.payload)}
          </pre>
        ),
      }}
      locale={{ emptyText: t('audit.events.empty') }}
    />
  );
}
