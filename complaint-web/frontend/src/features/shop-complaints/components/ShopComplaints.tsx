import { useTranslation } from 'react-i18next';
import { ComplaintListPage } from '@/components/ComplaintListPage';
import { useComplaintListParams, type ComplaintSummaryLabels } from '@/components/ComplaintSummaryTable';
import { useShopComplaints } from '../api/get-shop-complaints';

/**
 * The complaints against the seller's shop: filter by state, page through them (both kept in the URL), open
 * one to respond. The list refreshes itself every 2 s, so a buyer's or the platform's moves show up.
 */
export function ShopComplaints() {
  const { t } = useTranslation();

  const [params, setParams] = useComplaintListParams();
  const query = useShopComplaints({ state: params.state, page: params.page - 1, size: params.size });
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
    <ComplaintListPage
      title={t('shopComplaints.title')}
      filterLabel={t('shopComplaints.stateFilter')}
      allStatesLabel={t('shopComplaints.allStates')}
      labels={labels}
      counterparty="buyer"
      params={params}
      setParams={setParams}
      query={query}
    />
  );
}
