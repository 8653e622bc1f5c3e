import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportUnfulfilled } from '../api/report-unfulfilled';
import { EvidenceItemsField, evidenceItems } from './EvidenceItemsField';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

type Values = { note: string; evidence?: { kind: string; reference: string; description?: string }[] };

/** The buyer reports an accepted settlement as not carried out (note required, evidence optional). */
export function ReportUnfulfilledForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const report = useReportUnfulfilled(complaintId);
  const submit = (values: Values) =>
    report.mutate(
      { note: values.note.trim(), evidence: evidenceItems(values.evidence) },
      { onSuccess: () => onDone(t('complaintCase.reportUnfulfilled.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <>
      <Typography.Paragraph>{t('complaintCase.reportUnfulfilled.explain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={t('complaintCase.reportUnfulfilled.note')}
          rules={[{ required: true, whitespace: true, message: t('complaintCase.reportUnfulfilled.required') }, { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <EvidenceItemsField label={t('complaintCase.reportUnfulfilled.evidence')} />
        <FormFooter error={report.error} pending={report.isPending} />
      </Form>
    </>
  );
}
