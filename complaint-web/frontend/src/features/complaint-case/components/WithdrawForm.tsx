import { Form, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WithdrawalOption, WithdrawalReason } from '@/types/api';
import { useWithdraw, type WithdrawAnswer } from '../api/withdraw';
import { EvidenceItemsField, evidenceItems } from './EvidenceItemsField';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

interface Values {
  reason: WithdrawalReason;
  note?: string;
  evidence?: { kind: string; reference: string; description?: string }[];
}

/**
 * The buyer withdraws: the reasons are exactly the server's withdrawalOptions, each saying what it does (at once,
 * review, exceptional); the note and new evidence are required where the chosen option says so.
 */
export function WithdrawForm({ complaintId, onDone, options }: ActionFormProps & { options: WithdrawalOption[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdraw(complaintId);
  const reason = Form.useWatch('reason', form);
  const optionOf = (value: unknown) => options.find((option) => option.reason === value);
  const chosen = optionOf(reason);
  const answered = (body: WithdrawAnswer) =>
    onDone(
      body.outcome === 'PENDING_REVIEW'
        ? t('complaintCase.withdraw.pendingReview', { requestId: body.requestId })
        : t('complaintCase.withdraw.withdrawn'),
    );
  const submit = (values: Values) => {
    const evidence = evidenceItems(values.evidence);
    withdraw.mutate(
      { reason: values.reason, note: values.note?.trim() || undefined, evidence: evidence.length ? evidence : undefined },
      { onSuccess: ({ body }) => answered(body), onError: (error) => showFieldErrors(form, error) },
    );
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="reason" label={t('complaintCase.withdraw.reason')}
        rules={[{ required: true, message: t('complaintCase.withdraw.reasonRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.withdraw.reason')}>
          <Space orientation="vertical">
            {options.map((option) => (
              <Radio key={option.reason} value={option.reason}>
                {t(`common.withdrawalReason.${option.reason}`)}
                {' — '}
                <Typography.Text type="secondary">{t(`common.withdrawalMode.${option.mode}`)}</Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('complaintCase.withdraw.note')} dependencies={['reason']}
        extra={chosen?.noteRequired ? t('complaintCase.withdraw.noteHelpTerms') : undefined}
        rules={[
          ({ getFieldValue }) => ({
            // read at validation time: the option chosen now, not the one of the last render
            required: !!optionOf(getFieldValue('reason'))?.noteRequired,
            whitespace: true,
            message: t('complaintCase.withdraw.noteRequired'),
          }),
          { max: 2000 },
        ]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {chosen && chosen.mode !== 'DIRECT' && (
        <EvidenceItemsField min={() => (optionOf(form.getFieldValue('reason'))?.newEvidenceRequired ? 1 : 0)}
          label={t(chosen.newEvidenceRequired ? 'complaintCase.withdraw.newEvidence' : 'complaintCase.withdraw.evidence')} />
      )}
      <FormFooter error={withdraw.error} pending={withdraw.isPending} />
    </Form>
  );
}
