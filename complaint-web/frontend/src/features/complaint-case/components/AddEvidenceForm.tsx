import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddEvidence } from '../api/add-evidence';
import { EvidenceItemsField, evidenceItems } from './EvidenceItemsField';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

type Values = { evidence?: { kind: string; reference: string; description?: string }[] };

/** A party adds one or more evidence items. */
export function AddEvidenceForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddEvidence(complaintId);
  const submit = (values: Values) =>
    add.mutate(
      { evidence: evidenceItems(values.evidence) },
      { onSuccess: () => onDone(t('complaintCase.addEvidence.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ evidence: [{ kind: 'PHOTO' }] }}>
      <EvidenceItemsField min={1} />
      <FormFooter error={add.error} pending={add.isPending} />
    </Form>
  );
}
