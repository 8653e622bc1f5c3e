import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SELLER_POSITIONS, type SellerPosition } from '@/types/api';
import { useRespond } from '../api/respond';
import { EvidenceItemsField, evidenceItems } from './EvidenceItemsField';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

interface Values {
  position: SellerPosition;
  statement: string;
  evidence?: { kind: string; reference: string; description?: string }[];
}

/** The seller answers the complaint: acknowledge or dispute, a statement, evidence. */
export function RespondForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const respond = useRespond(complaintId);
  const submit = (values: Values) =>
    respond.mutate(
      { position: values.position, statement: values.statement.trim(), evidence: evidenceItems(values.evidence) },
      { onSuccess: () => onDone(t('complaintCase.respond.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark>
      <Form.Item name="position" label={t('complaintCase.respond.position')}
        rules={[{ required: true, message: t('complaintCase.respond.positionRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.respond.position')}
          options={SELLER_POSITIONS.map((value) => ({ value, label: t(`common.sellerPosition.${value}`) }))} />
      </Form.Item>
      <Form.Item name="statement" label={t('complaintCase.respond.statement')}
        rules={[{ required: true, whitespace: true, message: t('complaintCase.respond.statementRequired') }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <EvidenceItemsField />
      <FormFooter error={respond.error} pending={respond.isPending} />
    </Form>
  );
}
