import type { UseQueryResult } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useEffect, type ReactNode } from 'react';
import type { ComplaintSummary, Page } from '@/types/api';
import {
  ComplaintStateFilter,
  ComplaintSummaryTable,
  type ComplaintListParams,
  type ComplaintSummaryLabels,
} from './ComplaintSummaryTable';
import { ProblemAlert } from './ProblemAlert';
import { PageTitle } from './text';

interface Props {
  title: string;
  /** Beside the title, e.g. the buyer's "file a complaint". */
  action?: ReactNode;
  filterLabel: string;
  allStatesLabel: string;
  labels: ComplaintSummaryLabels;
  counterparty: 'buyer' | 'seller';
  params: ComplaintListParams;
  setParams: (change: Partial<ComplaintListParams>) => void;
  query: UseQueryResult<Page<ComplaintSummary>>;
}

/**
 * A party's list of complaints (the buyer's own, or those against a seller's shop): the state filter and the page
 * in the URL, the table (cards on a phone), an error with a retry. The features give the words and the query.
 */
export function ComplaintListPage({ title, action, filterLabel, allStatesLabel, labels, counterparty, params, setParams, query }: Props) {
  const data = query.data;
  // a page past the end (a bookmarked URL, or complaints left the filter): go to the last page there is
  useEffect(() => {
    if (data && data.items.length === 0 && data.totalItems > 0 && params.page > 1) {
      setParams({ page: Math.max(1, Math.ceil(data.totalItems / params.size)) });
    }
  }, [data, params.page, params.size, setParams]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle style={{ margin: 0, fontSize: 24 }}>
          {title}
        </PageTitle>
        {action}
      </Flex>
      <ComplaintStateFilter
        label={filterLabel}
        allLabel={allStatesLabel}
        value={params.state}
        onChange={(state) => setParams({ state })}
      />
      {query.isError ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isError && !data ? null : (
        <ComplaintSummaryTable
          items={data?.items ?? []}
          counterparty={counterparty}
          labels={labels}
          loading={query.isPending}
          paging={{
            current: params.page,
            pageSize: params.size,
            total: data?.totalItems ?? 0,
            onChange: (page, size) => setParams(size !== params.size ? { size, page: 1 } : { page }),
          }}
        />
      )}
    </Flex>
  );
}
