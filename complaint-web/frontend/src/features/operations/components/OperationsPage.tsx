import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useProcessors } from '../api/get-processors';
import { useRebuildProcessor } from '../api/rebuild-processor';
import { DeadLettersPanel } from './DeadLettersPanel';
import { ProcessorsTable } from './ProcessorsTable';
import { ReconciliationPanel } from './ReconciliationPanel';

/** The operators' page: event processors (refreshed every 2 s), their dead letters, the reconciliation check. */
export function OperationsPage() {
  const { t } = useTranslation();
  const processors = useProcessors();
  const rebuild = useRebuildProcessor();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('operations.title')}</Typography.Title>
      <Card title={t('operations.processors.title')} extra={<Typography.Text type="secondary">{t('operations.processors.autoRefresh')}</Typography.Text>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {processors.isError && <ProblemAlert error={processors.error} onRetry={() => void processors.refetch()} />}
          {rebuild.isError && (
            <div data-testid="rebuild-error">
              <Typography.Text strong>{t('operations.rebuild.failed', { name: rebuild.variables })}</Typography.Text>
              <ProblemAlert error={rebuild.error} />
            </div>
          )}
          {rebuild.isSuccess && (
            <Alert type="success" showIcon role="status" title={t('operations.rebuild.started', { name: rebuild.variables })} />
          )}
          <ProcessorsTable
            processors={processors.data ?? []}
            loading={processors.isPending}
            rebuilding={rebuild.isPending ? (rebuild.variables ?? null) : null}
            onRebuild={(name) => rebuild.mutate(name)}
          />
        </Space>
      </Card>
      <DeadLettersPanel />
      <ReconciliationPanel />
    </Space>
  );
}
