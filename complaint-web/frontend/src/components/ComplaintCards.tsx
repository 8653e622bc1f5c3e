import { Card, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '@/lib/format';
import { complaintPath, type ComplaintListProps } from './complaint-list-types';
import { counterpartyOf, OfferCell } from './complaint-summary-cells';
import { DeadlineCell } from './DeadlineCell';
import { StateTag } from './StateTag';

/** The complaint list on a phone (< md): a card per complaint, linking to its page. */
export function ComplaintCards({ items, counterparty, labels, loading }: ComplaintListProps) {
  const { t, i18n } = useTranslation();
  if (loading && items.length === 0) return <Card loading aria-busy="true" />;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={labels.empty} />;
  return (
    <section aria-label={labels.list}>
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.complaintId} data-complaint-id={item.complaintId}>
            <Card size="small">
              <Flex justify="space-between" align="start" gap={8} wrap>
                <Link to={complaintPath(item.complaintId)} data-testid="complaint-link" style={{ wordBreak: 'break-all' }}>
                  {item.orderId}
                </Link>
                <StateTag state={item.state} />
              </Flex>
              <dl className="complaint-card-facts" style={{ margin: '8px 0 0' }}>
                <CardFact term={labels.category}>{t(`common.category.${item.category}`)}</CardFact>
                <CardFact term={labels.counterparty}>{counterpartyOf(item, counterparty)}</CardFact>
                <CardFact term={labels.filedAt}>{formatInstant(item.filedAt, i18n.language)}</CardFact>
                <CardFact term={labels.updatedAt}>{formatInstant(item.updatedAt, i18n.language)}</CardFact>
                <CardFact term={labels.nextDeadline}>
                  <DeadlineCell deadline={item.nextDeadline} />
                </CardFact>
                {item.openOffer ? (
                  <CardFact term={labels.openOffer}>
                    <OfferCell offer={item.openOffer} />
                  </CardFact>
                ) : null}
              </dl>
            </Card>
          </li>
        ))}
      </Flex>
    </section>
  );
}

function CardFact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Flex gap={8} style={{ padding: '2px 0' }}>
      <dt style={{ flex: '0 0 6.5em', color: 'rgba(0, 0, 0, 0.55)' }}>{term}</dt>
      <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{children}</dd>
    </Flex>
  );
}

