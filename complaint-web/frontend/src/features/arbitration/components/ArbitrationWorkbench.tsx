import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSession } from '@/features/auth/api/get-session';
import type { ArbitrationQueueEntry } from '@/types/api';
import { useAssignComplaint } from '../api/assign-complaint';
import { useQueue } from '../api/get-queue';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueTable } from './QueueTable';
import { toApiFilters, useQueueView } from './use-queue-filters';

/** The arbitrators' queue, oldest first, refreshed every 2 s; taking a case opens it. */
export function ArbitrationWorkbench() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { view, update } = useQueueView();
  const username = session.data?.username;
  const queue = useQueue(toApiFilters(view, username), view.assignment !== 'mine' || Boolean(username));
  const assign = useAssignComplaint();
  const [taking, setTaking] = useState<string | null>(null);

  const take = (entry: ArbitrationQueueEntry) => {
    setTaking(entry.complaintId);
    assign.mutate(entry.complaintId, {
      onSuccess: () => navigate(`/complaints/${encodeURIComponent(entry.complaintId)}`),
      onSettled: () => setTaking(null),
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('arbitration.title')}</Typography.Title>
      <QueueFilterBar view={view} onChange={update} />
      <ProblemAlert error={assign.error} />
      {queue.isError && <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      <QueueTable
        data={queue.data}
        loading={queue.isPending}
        page={view.page}
        onPage={(page) => update({ page })}
        onTake={take}
        taking={taking}
      />
    </Space>
  );
}
