import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import { formatInstant } from '@/lib/format';
import type { OfferHistoryView } from '@/types/api';
import { Section } from './Section';
import { UserText } from './UserText';

const COLOURS: Record<string, string> = { OPEN: 'blue', ACCEPTED: 'green', DECLINED: 'red', LAPSED: 'default' };

/** Every settlement offer: type, amount in yuan, the seller's note, its status and the buyer's decline note. */
export function OffersSection({ offers }: { offers: OfferHistoryView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('complaintCase.sections.offers')}>
      {offers.length === 0 ? (
        <Typography.Text type="secondary">{t('complaintCase.offers.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={offers}
          rowKey="offerId"
          renderItem={(offer) => (
            <List.Item>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={8}>
                  <Typography.Text strong>{t(`common.offerType.${offer.type}`)}</Typography.Text>
                  <Money fen={offer.amountFen} />
                  <Tag color={COLOURS[offer.status] ?? 'default'}>{t(`common.offerStatus.${offer.status}`)}</Tag>
                </Space>
                <Typography.Text type="secondary">
                  {t('complaintCase.offers.offeredAt', { at: formatInstant(offer.offeredAt, i18n.language) })}
                </Typography.Text>
                {offer.note && (
                  <div>
                    <Typography.Text type="secondary">{t('complaintCase.offers.note')}</Typography.Text>
                    <UserText text={offer.note} />
                  </div>
                )}
                {offer.declineNote && (
                  <div>
                    <Typography.Text type="secondary">{t('complaintCase.offers.declineNote')}</Typography.Text>
                    <UserText text={offer.declineNote} />
                  </div>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}
