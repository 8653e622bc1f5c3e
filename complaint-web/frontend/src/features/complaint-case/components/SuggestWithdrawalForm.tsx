import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSuggestWithdrawal } from '../api/suggest-withdrawal';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

/** The assigned arbitrator suggests that the buyer withdraw, saying why. */
export function SuggestWithdrawalForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rationale: string }>();
  const suggest = useSuggestWithdrawal(complaintId);
  const submit = ({ rationale }: { rationale: string }) =>
    suggest.mutate(
      { rationale: rationale.trim() },
      { onSuccess: () => onDone(t('complaintCase.suggest.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="rationale" label={t('complaintCase.suggest.rationale')}
        rules={[{ required: true, whitespace: true, message: t('complaintCase.suggest.rationaleRequired') }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <FormFooter error={suggest.error} pending={suggest.isPending} />
    </Form>
  );
}
