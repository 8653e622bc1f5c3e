import { Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ComplaintStateFilter,
  ComplaintSummaryTable,
  useComplaintListParams,
  type ComplaintSummaryLabels,
} from '@/components/ComplaintSummaryTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useShopComplaints } from '../api/get-shop-complaints';

/**
 * The complaints against the seller's shop: filter by state, page through them (both kept in the URL), open
 * one to respond. The list refreshes itself every 2 s, so a buyer's or the platform's moves show up.
 */
export function ShopComplaints() {
  const { t } = useTranslation();
  const [params, setParams] = useComplaintListParams();
  const query = useShopComplaints({ state: params.state, page: params.page - 1, size: params.size });
  const data = query.data;

  useEffect(() => {
    if (data && data.items.length === 0 && data.totalItems > 0 && params.page > 1) {
      setParams({ page: Math.max(1, Math.ceil(data.totalItems / params.size)) });
    }
  }, [data, params.page, params.size, setParams]);

  const labels: ComplaintSummaryLabels = {
    list: t('shopComplaints.listLabel'),
    state: t('shopComplaints.columns.state'),
    category: t('shopComplaints.columns.category'),
    order: t('shopComplaints.columns.order'),
    counterparty: t('shopComplaints.columns.buyer'),
    filedAt: t('shopComplaints.columns.filedAt'),
    updatedAt: t('shopComplaints.columns.updatedAt'),
    nextDeadline: t('shopComplaints.columns.nextDeadline'),
    openOffer: t('shopComplaints.columns.openOffer'),
    empty: params.state ? t('shopComplaints.emptyInState') : t('shopComplaints.empty'),
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('shopComplaints.title')}
      </Typography.Title>
      <ComplaintStateFilter
        label={t('shopComplaints.stateFilter')}
        allLabel={t('shopComplaints.allStates')}
        value={params.state}
        onChange={(state) => setParams({ state })}
      />
      {query.isError ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isError && !data ? null : (
        <ComplaintSummaryTable
          items={data?.items ?? []}
          counterparty="buyer"
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
