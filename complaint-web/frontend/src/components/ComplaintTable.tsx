import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '@/lib/format';
import type { ComplaintSummary } from '@/types/api';
import { complaintPath, type ComplaintListProps } from './complaint-list-types';
import { counterpartyOf, OfferCell } from './complaint-summary-cells';
import { DeadlineCell } from './DeadlineCell';
import { StateTag } from './StateTag';

// The complaint list on a wide screen: a plain <table> drawn like antd's middle-size table. antd's Table was
// most of the time My Complaints took to show 100 rows (its column, measuring and per-cell machinery, and its
// code), for sorting, selection and fixed columns this list does not have.

export function ComplaintTable({ items, counterparty, labels, loading }: ComplaintListProps) {
  const { t } = useTranslation();
  const columns = [labels.state, labels.category, labels.order, labels.counterparty, labels.filedAt, labels.updatedAt, labels.nextDeadline, labels.openOffer];
  return (
    <section aria-label={labels.list} className="complaint-table-scroll">
      <table className="complaint-table" aria-busy={loading || undefined}>
        <thead>
          <tr>
            {columns.map((title, index) => (
              <th key={index} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="complaint-table-empty">
                {loading ? t('common.loading') : labels.empty}
              </td>
            </tr>
          ) : (
            items.map((item) => <ComplaintRow key={item.complaintId} item={item} counterparty={counterparty} />)
          )}
        </tbody>
      </table>
    </section>
  );
}

function ComplaintRow({ item, counterparty }: { item: ComplaintSummary; counterparty: 'seller' | 'buyer' }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-complaint-id={item.complaintId}>
      <td>
        <StateTag state={item.state} />
      </td>
      <td>{t(`common.category.${item.category}`)}</td>
      <td>
        <Link to={complaintPath(item.complaintId)} data-testid="complaint-link">
          {item.orderId}
        </Link>
      </td>
      <td>{counterpartyOf(item, counterparty)}</td>
      <td>{formatInstant(item.filedAt, i18n.language)}</td>
      <td>{formatInstant(item.updatedAt, i18n.language)}</td>
      <td>
        <DeadlineCell deadline={item.nextDeadline} />
      </td>
      <td>
        <OfferCell offer={item.openOffer} />
      </td>
    </tr>
  );
}
