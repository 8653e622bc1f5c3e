import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { MissingComplaint, ReadModelReconciliation } from '@/types/ops';
import { useReconciliation } from '../api/get-reconciliation';

/** Each read model against the event store; a heavy scan, so it runs only when asked. */
export function ReconciliationPanel() {
  const { t } = useTranslation();
  const report = useReconciliation();
  const columns: ColumnsType<ReadModelReconciliation> = [
    { title: t('operations.reconciliation.readModel'), dataIndex: 'readModel', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    {
      title: t('operations.reconciliation.verdict'),
      key: 'verdict',
      render: (_, model) =>
        model.missingCount === 0 ? (
          <Tag color="success">{t('operations.reconciliation.complete')}</Tag>
        ) : (
          <Tag color="error">{t('operations.reconciliation.missingCount', { count: model.missingCount })}</Tag>
        ),
    },
    {
      title: t('operations.reconciliation.complaints'),
      key: 'complaints',
      render: (_, model) => t('operations.reconciliation.complaintsOf', { held: model.complaints, stored: model.storeComplaints }),
    },
    { title: t('operations.reconciliation.position'), key: 'position', render: (_, model) => `${model.position ?? '—'} / ${model.head}` },
  ];
  const missingColumns: ColumnsType<MissingComplaint> = [
    { title: t('operations.reconciliation.complaint'), dataIndex: 'complaintId', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
    {
      title: t('operations.reconciliation.applied'),
      dataIndex: 'appliedSequence',
      render: (n: number | null) => n ?? t('operations.reconciliation.noRow'),
    },
    { title: t('operations.reconciliation.stored'), dataIndex: 'storedSequence' },
  ];
  return (
    <Card
      title={t('operations.reconciliation.title')}
      extra={
        <Button onClick={() => void report.refetch()} loading={report.isFetching}>
          {report.data ? t('operations.reconciliation.runAgain') : t('operations.reconciliation.run')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('operations.reconciliation.help')}</Typography.Text>
        {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
        {report.data && (
          <Table<ReadModelReconciliation>
            rowKey="readModel"
            size="small"
            columns={columns}
            dataSource={report.data}
            pagination={false}
            expandable={{
              rowExpandable: (model) => model.missing.length > 0,
              expandedRowRender: (model) => (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Table<MissingComplaint>
                    rowKey="complaintId"
                    size="small"
                    columns={missingColumns}
                    dataSource={model.missing}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  />
                  {model.missingCount > model.missing.length && (
                    <Typography.Text type="secondary">
                      {t('operations.reconciliation.listedOf', { listed: model.missing.length, count: model.missingCount })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            }}
          />
        )}
      </Space>
    </Card>
  );
}
