import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_PARTIES, type EvidenceParty } from '@/types/api';
import { useRequestEvidence } from '../api/request-evidence';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

interface Values {
  from: EvidenceParty;
  dueBy?: Dayjs | null;
  note: string;
}

/** The assigned arbitrator asks a party (or both) for evidence by a due time. */
export function RequestEvidenceForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const request = useRequestEvidence(complaintId);
  const submit = (values: Values) =>
    request.mutate(
      { from: values.from, dueBy: values.dueBy ? values.dueBy.toISOString() : undefined, note: values.note.trim() },
      { onSuccess: () => onDone(t('complaintCase.requestEvidence.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="from" label={t('complaintCase.requestEvidence.from')}
        rules={[{ required: true, message: t('complaintCase.requestEvidence.fromRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.requestEvidence.from')}
          options={EVIDENCE_PARTIES.map((value) => ({ value, label: t(`common.evidenceParty.${value}`) }))} />
      </Form.Item>
      <Form.Item name="dueBy" label={t('complaintCase.requestEvidence.dueBy')} extra={t('complaintCase.requestEvidence.dueByHelp')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('complaintCase.requestEvidence.note')}
        rules={[{ required: true, whitespace: true, message: t('complaintCase.requestEvidence.noteRequired') }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <FormFooter error={request.error} pending={request.isPending} />
    </Form>
  );
}
