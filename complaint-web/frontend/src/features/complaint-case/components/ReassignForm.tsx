import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArbitratorField } from '@/components/ArbitratorField';
import { useReassign } from '../api/reassign';
import type { ActionFormProps } from './action-form';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';

/** The supervisor names the arbitrator who takes the case over. */
export function ReassignForm({ complaintId, onDone, assignee }: ActionFormProps & { assignee: string | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ arbitratorId: string }>();
  const reassign = useReassign(complaintId);
  const submit = ({ arbitratorId }: { arbitratorId: string }) =>
    reassign.mutate(
      { arbitratorId: arbitratorId.trim() },
      { onSuccess: () => onDone(t('complaintCase.reassign.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <ArbitratorField assignee={assignee} />
      <FormFooter error={reassign.error} pending={reassign.isPending} />
    </Form>
  );
}
