import { Empty, Flex, Pagination, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '@/lib/format';
import { useWideScreen } from '@/lib/use-wide-screen';
import { COMPLAINT_STATES, type ComplaintState, type ComplaintSummary } from '@/types/api';
import { PAGE_SIZES } from './complaint-list-params';
import { DeadlineCell } from './DeadlineCell';
import { counterpartyOf, OfferCell } from './complaint-summary-cells';
import { StateTag } from './StateTag';

const ComplaintCards = lazy(() => import('./ComplaintCards').then((module) => ({ default: module.ComplaintCards })));

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

/** What the table and the cards are given. */
export interface ComplaintListProps {
  items: ComplaintSummary[];
  /** Whose id the counterparty column shows: the seller's (buyer's list) or the buyer's (seller's list). */
  counterparty: 'seller' | 'buyer';
  labels: ComplaintSummaryLabels;
  loading?: boolean;
}

interface Props extends ComplaintListProps {
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
        // the cards' code (antd's Card) is fetched only on a phone: the desktop pages never need it
        <Suspense fallback={<div aria-busy="true" />}>
          <ComplaintCards items={items} counterparty={counterparty} labels={labels} loading={loading} />
        </Suspense>
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

function ComplaintTable({ items, counterparty, labels, loading }: ComplaintListProps) {
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
