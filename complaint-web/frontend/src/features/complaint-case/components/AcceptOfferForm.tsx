import { Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import type { OfferView } from '@/types/api';
import { useAcceptOffer } from '../api/accept-offer';
import { FormFooter } from './FormFooter';
import type { ActionFormProps } from './action-form';

/** The buyer accepts the open offer, after seeing exactly what it is. */
export function AcceptOfferForm({ complaintId, onDone, offer }: ActionFormProps & { offer: OfferView | null }) {
  const { t } = useTranslation();
  const accept = useAcceptOffer(complaintId);
  if (!offer) return <Typography.Text type="secondary">{t('complaintCase.offers.noOpen')}</Typography.Text>;
  return (
    <Form layout="vertical" onFinish={() => accept.mutate({ offerId: offer.offerId }, { onSuccess: () => onDone(t('complaintCase.acceptOffer.done')) })}>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
        <Typography.Text>{t('complaintCase.acceptOffer.confirm')}</Typography.Text>
        <Typography.Text strong>
          {t(`common.offerType.${offer.type}`)} <Money fen={offer.amountFen} />
        </Typography.Text>
      </Space>
      <FormFooter error={accept.error} pending={accept.isPending}>
        <Button type="primary" htmlType="submit" loading={accept.isPending}>
          {t('complaintCase.acceptOffer.submit')}
        </Button>
      </FormFooter>
    </Form>
  );
}
