import { useTranslation } from 'react-i18next';
import type { ComplaintSummary, OfferView } from '@/types/api';
import { Money } from './Money';
import { Text } from './text';

// Cells the complaint table and the phone's cards both show.

export function counterpartyOf(item: ComplaintSummary, counterparty: 'seller' | 'buyer'): string {
  return counterparty === 'seller' ? item.sellerId : item.buyerId;
}

export function OfferCell({ offer }: { offer: OfferView | null }) {
  const { t } = useTranslation();
  if (!offer) return <Text type="secondary">—</Text>;
  return (
    <span>
      {t(`common.offerType.${offer.type}`)}
      {offer.amountFen != null ? (
        <>
          {' '}
          <Money fen={offer.amountFen} />
        </>
      ) : null}
    </span>
  );
}

