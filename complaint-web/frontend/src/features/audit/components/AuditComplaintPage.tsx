import { Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useChainVerification } from '../api/get-chain-verification';
import { useComplaintEvents } from '../api/get-complaint-events';
import { EventsTable } from './EventsTable';
import { StateAtInstant } from './StateAtInstant';
import { VerificationBadge } from './VerificationBadge';

/** One complaint for an auditor: its hash chain's verdict, its events in order, and its state at any instant. */
export function AuditComplaintPage({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const events = useComplaintEvents(complaintId);
  const verification = useChainVerification(complaintId);
  const [params, setParams] = useSearchParams();
  const list = events.data ?? [];
  // the chosen instant lives in the URL (?at=); without one, the complaint as it stands after its last event
  const at = params.get('at') ?? (list.length ? list[list.length - 1].occurredAt : null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="baseline" size="large">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('audit.complaint.title')}
        </Typography.Title>
        <Typography.Text code copyable>
          {complaintId}
        </Typography.Text>
        <Link to={`/complaints/${encodeURIComponent(complaintId)}`}>{t('audit.complaint.openCase')}</Link>
        <Link to="/audit">{t('audit.complaint.back')}</Link>
      </Space>
      <Card title={t('audit.chain.title')} size="small">
        {verification.isPending ? (
          <Spin size="small" />
        ) : verification.isError ? (
          <ProblemAlert error={verification.error} onRetry={() => void verification.refetch()} />
        ) : (
          <VerificationBadge verification={verification.data} />
        )}
      </Card>
      {events.isError && <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.isPending && <Spin />}
      {events.data && (
        <>
          <StateAtInstant
            complaintId={complaintId}
            events={list}
            at={at}
            onAt={(instant) => setParams({ at: instant }, { replace: true })}
          />
          <Card title={t('audit.events.title', { count: list.length })}>
            <EventsTable
              events={list}
              brokenAt={verification.data && !verification.data.valid ? (verification.data.firstMismatch?.sequence ?? null) : null}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
