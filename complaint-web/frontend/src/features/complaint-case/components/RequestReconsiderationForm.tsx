import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import { useRequestReconsideration } from '../api/request-reconsideration';
import { EvidenceItemsField, evidenceItems } from './EvidenceItemsField';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

type Values = { statement: string; evidence?: { kind: string; reference: string; description?: string }[] };

/**
 * A party asks for the ruling to be reconsidered (复核): why, and at least one new evidence item, as the server
 * requires (NEW_EVIDENCE_REQUIRED). What else the server refuses (asked already, window closed, a withdrawal request
 * waiting) is said by its code in the footer.
 */
export function RequestReconsiderationForm({ complaintId, onDone, dueBy }: ActionFormProps & { dueBy?: string | null }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const request = useRequestReconsideration(complaintId);
  const submit = (values: Values) =>
    request.mutate(
      { statement: values.statement.trim(), evidence: evidenceItems(values.evidence) },
      { onSuccess: () => onDone(t('complaintCase.requestReconsideration.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <>
      <Typography.Paragraph>
        {dueBy
          ? t('complaintCase.requestReconsideration.explainUntil', { at: formatInstant(dueBy, i18n.language) })
          : t('complaintCase.requestReconsideration.explain')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ evidence: [{ kind: 'PHOTO' }] }}>
        <Form.Item name="statement" label={t('complaintCase.requestReconsideration.statement')}
          rules={[{ required: true, whitespace: true, message: t('complaintCase.requestReconsideration.statementRequired') }, { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <EvidenceItemsField min={1} label={t('complaintCase.requestReconsideration.evidence')} />
        <FormFooter error={request.error} pending={request.isPending} />
      </Form>
    </>
  );
}
