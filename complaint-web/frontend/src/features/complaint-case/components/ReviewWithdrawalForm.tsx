import { Button, Form, Input, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '@/types/api';
import { useDecideWithdrawal } from '../api/decide-withdrawal';
import { EvidenceList } from './EvidenceList';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import { UserText } from './UserText';
import type { ActionFormProps } from './action-form';
import type { WithdrawalRequestRow } from './WithdrawalRequestsSection';

/** An arbitrator approves or rejects the pending withdrawal request, with a note; an exceptional one shows its new evidence. */
export function ReviewWithdrawalForm({ complaintId, onDone, detail }: ActionFormProps & { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const approve = useRef(true);
  const decide = useDecideWithdrawal(complaintId);
  const pending = detail.pendingWithdrawalRequest;
  if (!pending) return <Typography.Text type="secondary">{t('complaintCase.review.none')}</Typography.Text>;
  const full = (detail.withdrawalRequests as WithdrawalRequestRow[] | undefined)?.find((r) => r.requestId === pending.requestId);
  const references = new Set(full?.evidenceReferences ?? []);
  const newEvidence = detail.evidence.filter((item) => references.has(item.reference));
  const submit = ({ note }: { note: string }) =>
    decide.mutate(
      { requestId: pending.requestId, approve: approve.current, note: note.trim() },
      { onSuccess: () => onDone(t(approve.current ? 'complaintCase.review.approved' : 'complaintCase.review.rejected')),
        onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text strong>{t(`common.withdrawalReason.${pending.reason}`)}</Typography.Text>
          {pending.exceptional && <Tag color="orange">{t('complaintCase.withdrawalRequests.exceptional')}</Tag>}
        </Space>
        <UserText text={pending.note ?? full?.note} />
        {pending.exceptional && (
          <>
            <Typography.Text type="secondary">{t('complaintCase.review.newEvidence')}</Typography.Text>
            <EvidenceList evidence={newEvidence} />
          </>
        )}
      </Space>
      <Form.Item name="note" label={t('complaintCase.review.note')}
        rules={[{ required: true, whitespace: true, message: t('complaintCase.review.noteRequired') }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <FormFooter error={decide.error} pending={decide.isPending}>
        <Button type="primary" htmlType="submit" loading={decide.isPending && approve.current} onClick={() => (approve.current = true)}>
          {t('complaintCase.review.approve')}
        </Button>
        <Button danger htmlType="submit" loading={decide.isPending && !approve.current} onClick={() => (approve.current = false)}>
          {t('complaintCase.review.reject')}
        </Button>
      </FormFooter>
    </Form>
  );
}
