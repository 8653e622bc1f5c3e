import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RoleGate } from '@/components/RoleGate';
import { FileComplaintForm } from '@/features/filing/components/FileComplaintForm';
import { myComplaintsQueryKey } from '@/features/my-complaints/api/get-my-complaints';

const MY_COMPLAINTS = '/my/complaints';
/** Filing changes the buyer's own list, nothing else the cache holds. */
const INVALIDATES = [myComplaintsQueryKey];

/** /my/complaints/new: on success the buyer lands on the new complaint's page. */
export default function FileComplaintRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RoleGate roles={['BUYER']}>
      <Flex vertical gap={8}>
        <Link to={MY_COMPLAINTS}>{t('filing.backToList')}</Link>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
          {t('filing.title')}
        </Typography.Title>
        <FileComplaintForm
          invalidates={INVALIDATES}
          cancelTo={MY_COMPLAINTS}
          onFiled={(complaintId) => navigate(`/complaints/${encodeURIComponent(complaintId)}`)}
        />
      </Flex>
    </RoleGate>
  );
}
