import { Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArbitratorField } from '@/components/ArbitratorField';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ArbitrationQueueEntry } from '@/types/api';
import { useReassignComplaint } from '../api/reassign-complaint';

interface Props {
  entry: ArbitrationQueueEntry;
  onClose: () => void;
  onDone: (arbitratorId: string) => void;
}

/** The supervisor picks the arbitrator who takes this queue entry's case over. */
export function ReassignDialog({ entry, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ arbitratorId: string }>();
  const reassign = useReassignComplaint();
  const submit = ({ arbitratorId }: { arbitratorId: string }) => {
    const chosen = arbitratorId.trim();
    reassign.mutate({ complaintId: entry.complaintId, arbitratorId: chosen }, { onSuccess: () => onDone(chosen) });
  };
  return (
    <Modal open title={t('arbitration.reassign.title', { orderId: entry.orderId })} onCancel={onClose} footer={null}
      destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <ArbitratorField assignee={entry.assignee} />
        <ProblemAlert error={reassign.error} command />
        <Button type="primary" htmlType="submit" loading={reassign.isPending} style={{ marginTop: 8 }}>
          {t('common.action.REASSIGN')}
        </Button>
      </Form>
    </Modal>
  );
}
