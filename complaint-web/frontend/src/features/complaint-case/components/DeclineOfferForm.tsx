import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import type { OfferView } from '@/types/api';
import { useDeclineOffer } from '../api/decline-offer';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';

/** The buyer declines the open offer, with an optional reason. */
export function DeclineOfferForm({ complaintId, onDone, offer }: ActionFormProps & { offer: OfferView | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const decline = useDeclineOffer(complaintId);
  if (!offer) return <Typography.Text type="secondary">{t('complaintCase.offers.noOpen')}</Typography.Text>;
  const submit = ({ note }: { note?: string }) =>
    decline.mutate(
      { offerId: offer.offerId, note: note?.trim() || undefined },
      { onSuccess: () => onDone(t('complaintCase.declineOffer.done')), onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Typography.Paragraph strong>
        {t(`common.offerType.${offer.type}`)} <Money fen={offer.amountFen} />
      </Typography.Paragraph>
      <Form.Item name="note" label={t('complaintCase.declineOffer.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <FormFooter error={decline.error} pending={decline.isPending} />
    </Form>
  );
}
