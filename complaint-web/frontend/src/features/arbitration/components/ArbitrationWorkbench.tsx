import { Alert, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSession } from '@/features/auth/api/get-session';
import type { ArbitrationQueueEntry } from '@/types/api';
import { useAssignComplaint } from '../api/assign-complaint';
import { useQueue } from '../api/get-queue';
import { useReleaseComplaint } from '../api/release-complaint';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueTable, type QueueStep } from './QueueTable';
import { ReassignDialog } from './ReassignDialog';
import { toApiFilters, useQueueView } from './use-queue-filters';

/**
 * The queue, oldest first, refreshed every 2 s, for arbitrators and their supervisor. Each entry offers exactly
 * the steps the server lists for the viewer: an arbitrator takes a free case (and lands on it) or gives their own
 * back; the supervisor hands any case to an arbitrator.
 */
export function ArbitrationWorkbench() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { view, update } = useQueueView();
  const username = session.data?.username;
  const queue = useQueue(toApiFilters(view, username), view.assignment !== 'mine' || Boolean(username));
  const assign = useAssignComplaint();
  const release = useReleaseComplaint();
  const [busy, setBusy] = useState<string | null>(null);
  const [reassigning, setReassigning] = useState<ArbitrationQueueEntry | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const step = (action: QueueStep, entry: ArbitrationQueueEntry) => {
    setDone(null);
    if (action === 'REASSIGN') {
      setReassigning(entry);
      return;
    }
    setBusy(entry.complaintId);
    const settled = () => setBusy(null);
    if (action === 'TAKE') {
      assign.mutate(entry.complaintId, {
        onSuccess: () => navigate(`/complaints/${encodeURIComponent(entry.complaintId)}`),
        onSettled: settled,
      });
    } else {
      release.mutate(entry.complaintId, { onSuccess: () => setDone(t('arbitration.release.done')), onSettled: settled });
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('arbitration.title')}</Typography.Title>
      <QueueFilterBar view={view} onChange={update} />
      {done && <Alert type="success" showIcon role="status" title={done} closable onClose={() => setDone(null)} />}
      <ProblemAlert error={assign.error} />
      <ProblemAlert error={release.error} />
      {queue.isError && <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      <QueueTable
        data={queue.data}
        loading={queue.isPending}
        page={view.page}
        onPage={(page) => update({ page })}
        onStep={step}
        busy={busy}
      />
      {reassigning && (
        <ReassignDialog
          entry={reassigning}
          onClose={() => setReassigning(null)}
          onDone={(arbitrator) => {
            setReassigning(null);
            setDone(t('arbitration.reassign.done', { arbitrator }));
          }}
        />
      )}
    </Space>
  );
}
