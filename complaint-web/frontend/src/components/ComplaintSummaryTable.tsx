import { Card, Empty, Flex, Pagination, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '@/lib/format';
import { useWideScreen } from '@/lib/use-wide-screen';
import { COMPLAINT_STATES, type ComplaintState, type ComplaintSummary, type OfferView } from '@/types/api';
import { PAGE_SIZES } from './complaint-list-params';
import { DeadlineCell } from './DeadlineCell';
import { Money } from './Money';
import { StateTag } from './StateTag';

// The list shape My Complaints and the shop's complaints share: one row per complaint, linking to its page;
// a wide table on a desktop, a card per complaint on a phone (< md). The words come from the page using it
// (each feature has its own translation file), enum values from common.*.

/** The column titles and sentences, in the reader's language, given by the page that shows the list. */
export interface ComplaintSummaryLabels {
  /** Accessible name of the whole list (table caption / card list label). */
  list: string;
  state: string;
  category: string;
  order: string;
  /** "Seller" on the buyer's list, "Buyer" on the seller's. */
  counterparty: string;
  filedAt: string;
  updatedAt: string;
  nextDeadline: string;
  openOffer: string;
  /** Said when there is nothing to list. */
  empty: string;
}

export interface ComplaintSummaryPaging {
  /** 1-based, as antd counts pages (the API counts from 0). */
  current: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

interface Props {
  items: ComplaintSummary[];
  /** Whose id the counterparty column shows: the seller's (buyer's list) or the buyer's (seller's list). */
  counterparty: 'seller' | 'buyer';
  labels: ComplaintSummaryLabels;
  loading?: boolean;
  paging?: ComplaintSummaryPaging;
}

export { DEFAULT_PAGE_SIZE, PAGE_SIZES, useComplaintListParams, type ComplaintListParams } from './complaint-list-params';

export function complaintPath(complaintId: string): string {
  return `/complaints/${encodeURIComponent(complaintId)}`;
}

export function ComplaintSummaryTable({ items, counterparty, labels, loading, paging }: Props) {
  const phone = !useWideScreen();
  return (
    <Flex vertical gap={12}>
      {phone ? (
        <ComplaintCards items={items} counterparty={counterparty} labels={labels} loading={loading} />
      ) : (
        <ComplaintTable items={items} counterparty={counterparty} labels={labels} loading={loading} />
      )}
      {paging && paging.total > 0 ? (
        <Flex justify="flex-end">
          <Pagination
            current={paging.current}
            pageSize={paging.pageSize}
            total={paging.total}
            onChange={paging.onChange}
            showSizeChanger={!phone}
            pageSizeOptions={PAGE_SIZES.map(String)}
            simple={phone}
            showTotal={phone ? undefined : (total) => <PagingTotal total={total} />}
          />
        </Flex>
      ) : null}
    </Flex>
  );
}

function PagingTotal({ total }: { total: number }) {
  const { t } = useTranslation();
  return <>{t('common.pagination.total', { total })}</>;
}

function counterpartyOf(item: ComplaintSummary, counterparty: 'seller' | 'buyer'): string {
  return counterparty === 'seller' ? item.sellerId : item.buyerId;
}

function OfferCell({ offer }: { offer: OfferView | null }) {
  const { t } = useTranslation();
  if (!offer) return <Typography.Text type="secondary">—</Typography.Text>;
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

function ComplaintTable({ items, counterparty, labels, loading }: Omit<Props, 'paging'>) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<ComplaintSummary> = [
    { key: 'state', title: labels.state, render: (_, item) => <StateTag state={item.state} /> },
    { key: 'category', title: labels.category, render: (_, item) => t(`common.category.${item.category}`) },
    {
      key: 'order',
      title: labels.order,
      render: (_, item) => (
        <Link to={complaintPath(item.complaintId)} data-testid="complaint-link">
          {item.orderId}
        </Link>
      ),
    },
    { key: 'counterparty', title: labels.counterparty, render: (_, item) => counterpartyOf(item, counterparty) },
    { key: 'filedAt', title: labels.filedAt, render: (_, item) => formatInstant(item.filedAt, i18n.language) },
    { key: 'updatedAt', title: labels.updatedAt, render: (_, item) => formatInstant(item.updatedAt, i18n.language) },
    { key: 'nextDeadline', title: labels.nextDeadline, render: (_, item) => <DeadlineCell deadline={item.nextDeadline} /> },
    { key: 'openOffer', title: labels.openOffer, render: (_, item) => <OfferCell offer={item.openOffer} /> },
  ];
  return (
    <section aria-label={labels.list}>
      <Table<ComplaintSummary>
        rowKey="complaintId"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: loading ? t('common.loading') : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={labels.empty} />,
        }}
      />
    </section>
  );
}

function ComplaintCards({ items, counterparty, labels, loading }: Omit<Props, 'paging'>) {
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

/** "State" with every state and "all"; its label is a real <label>. */
export function ComplaintStateFilter({
  value,
  onChange,
  label,
  allLabel,
}: {
  value: ComplaintState | undefined;
  onChange: (state: ComplaintState | undefined) => void;
  label: string;
  allLabel: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ALL = '__all__';
  return (
    <Flex align="center" gap={8} wrap>
      <label htmlFor={id}>{label}</label>
      <Select<string>
        id={id}
        value={value ?? ALL}
        onChange={(next) => onChange(next === ALL ? undefined : (next as ComplaintState))}
        style={{ minWidth: 180 }}
        options={[
          { value: ALL, label: allLabel },
          ...COMPLAINT_STATES.map((state) => ({ value: state, label: t(`common.state.${state}`) })),
        ]}
      />
    </Flex>
  );
}
