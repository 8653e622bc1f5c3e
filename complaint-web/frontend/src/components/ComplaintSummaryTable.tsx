import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '@/lib/use-wide-screen';
import { COMPLAINT_STATES, type ComplaintState } from '@/types/api';
import { ComplaintTable } from './ComplaintTable';
import { ListPager, type ListPaging } from './ListPager';
import type { ComplaintListProps } from './complaint-list-types';
import './complaint-list.css';

const ComplaintCards = lazy(() => import('./ComplaintCards').then((module) => ({ default: module.ComplaintCards })));

// The list shape My Complaints and the shop's complaints share: one row per complaint, linking to its page;
// a wide table on a desktop, a card per complaint on a phone (< md). The words come from the page using it
// (each feature has its own translation file), enum values from common.*.

interface Props extends ComplaintListProps {
  /** 1-based pages, as the URL counts them (the API counts from 0). */
  paging?: ListPaging;
}

export type { ComplaintListProps, ComplaintSummaryLabels } from './complaint-list-types';
export { complaintPath } from './complaint-list-types';
export { DEFAULT_PAGE_SIZE, PAGE_SIZES, useComplaintListParams, type ComplaintListParams } from './complaint-list-params';

export function ComplaintSummaryTable({ items, counterparty, labels, loading, paging }: Props) {
  const phone = !useWideScreen();
  return (
    <div className="complaint-list">
      {phone ? (
        // the cards' code (antd's Card) is fetched only on a phone: the desktop pages never need it
        <Suspense fallback={<div aria-busy="true" />}>
          <ComplaintCards items={items} counterparty={counterparty} labels={labels} loading={loading} />
        </Suspense>
      ) : (
        <ComplaintTable items={items} counterparty={counterparty} labels={labels} loading={loading} />
      )}
      {paging && paging.total > 0 ? <ListPager paging={paging} compact={phone} /> : null}
    </div>
  );
}

/** "State" with every state and "all": a native select with a real <label> (on a phone, the system's picker). */
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
  return (
    <div className="complaint-state-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="native-select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as ComplaintState))}
      >
        <option value="">{allLabel}</option>
        {COMPLAINT_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`common.state.${state}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
