import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ComplaintListPage } from '@/components/ComplaintListPage';
import { useComplaintListParams, type ComplaintSummaryLabels } from '@/components/ComplaintSummaryTable';
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
    <ComplaintListPage
      title={t('myComplaints.title')}
      filterLabel={t('myComplaints.stateFilter')}
      allStatesLabel={t('myComplaints.allStates')}
      labels={labels}
      counterparty="seller"
      params={params}
      setParams={setParams}
      query={query}
      action={
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
      }
    />
  );
}
