import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuan } from '@/lib/format';
import { OFFER_TYPES, OFFER_TYPES_WITH_AMOUNT, type OfferType } from '@/types/api';
import { useOfferSettlement } from '../api/offer-settlement';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';
import { yuanRule } from './yuan';

interface Values {
  type: OfferType;
  amount?: string;
  note?: string;
}

/** The seller offers a settlement; the amount is entered in yuan and sent in fen, only for types that carry one. */
export function OfferForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const offer = useOfferSettlement(complaintId);
  const type = Form.useWatch('type', form);
  const withAmount = type != null && OFFER_TYPES_WITH_AMOUNT.includes(type);
  const submit = (values: Values) =>
    offer.mutate(
      {
        type: values.type,
        amountFen: OFFER_TYPES_WITH_AMOUNT.includes(values.type) ? (parseYuan(values.amount) ?? undefined) : undefined,
        note: values.note?.trim() || undefined,
      },
      { onSuccess: () => onDone(t('complaintCase.offer.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="type" label={t('complaintCase.offer.type')}
        rules={[{ required: true, message: t('complaintCase.offer.typeRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.offer.type')}
          options={OFFER_TYPES.map((value) => ({ value, label: t(`common.offerType.${value}`) }))} />
      </Form.Item>
      {withAmount && (
        <Form.Item name="amount" label={t('complaintCase.offer.amount')} rules={[yuanRule(t)]}>
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('complaintCase.offer.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <FormFooter error={offer.error} pending={offer.isPending} />
    </Form>
  );
}
