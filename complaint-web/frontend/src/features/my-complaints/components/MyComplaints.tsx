import { Button, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ComplaintStateFilter,
  ComplaintSummaryTable,
  useComplaintListParams,
  type ComplaintSummaryLabels,
} from '@/components/ComplaintSummaryTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMyComplaints } from '../api/get-my-complaints';

export const FILE_COMPLAINT_PATH = '/my/complaints/new';

/**
 * The buyer's complaints: filter by state, page through them (both kept in the URL), open one, or file a new
 * one. The list refreshes itself every 2 s, so the seller's or the platform's moves show up without a reload.
 */
export function MyComplaints() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useComplaintListParams();
  const query = useMyComplaints({ state: params.state, page: params.page - 1, size: params.size });
  const data = query.data;

  // a page past the end (a bookmarked URL, or complaints left the filter): go to the last page there is
  useEffect(() => {
    if (data && data.items.length === 0 && data.totalItems > 0 && params.page > 1) {
      setParams({ page: Math.max(1, Math.ceil(data.totalItems / params.size)) });
    }
  }, [data, params.page, params.size, setParams]);

  const labels: ComplaintSummaryLabels = {
    list: t('myComplaints.listLabel'),
    state: t('myComplaints.columns.state'),
    category: t('myComplaints.columns.category'),
    order: t('myComplaints.columns.order'),
    counterparty: t('myComplaints.columns.seller'),
    filedAt: t('myComplaints.columns.filedAt'),
    updatedAt: t('myComplaints.columns.updatedAt'),
    nextDeadline: t('myComplaints.columns.nextDeadline'),
    openOffer: t('myComplaints.columns.openOffer'),
    empty: params.state ? t('myComplaints.emptyInState') : t('myComplaints.empty'),
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('myComplaints.title')}
        </Typography.Title>
        <Button
          type="primary"
          href={FILE_COMPLAINT_PATH}
          onClick={(event) => {
            event.preventDefault();
            navigate(FILE_COMPLAINT_PATH);
          }}
        >
          {t('myComplaints.fileComplaint')}
        </Button>
      </Flex>
      <ComplaintStateFilter
        label={t('myComplaints.stateFilter')}
        allLabel={t('myComplaints.allStates')}
        value={params.state}
        onChange={(state) => setParams({ state })}
      />
      {query.isError ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isError && !data ? null : (
        <ComplaintSummaryTable
          items={data?.items ?? []}
          counterparty="seller"
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
