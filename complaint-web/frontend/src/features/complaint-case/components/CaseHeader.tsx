import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCell } from '@/components/DeadlineCell';
import { StateTag } from '@/components/StateTag';
import { formatInstant } from '@/lib/format';
import type { ComplaintDetail } from '@/types/api';
import { staffName } from './actor';

/** The page's one h1 and the case at a glance: state, parties, filing time, the next deadline and whose it is. */
export function CaseHeader({ detail, staff }: { detail: ComplaintDetail; staff: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <header style={{ marginBottom: 24 }}>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('complaintCase.title', { orderId: detail.orderId })}
        </Typography.Title>
        <StateTag state={detail.state} />
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('complaintCase.header.state')}>
          {t(`common.state.${detail.state}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.category')}>
          {t(`common.category.${detail.category}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.order')}>{detail.orderId}</Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.seller')}>{detail.sellerId}</Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.buyer')}>{detail.buyerId}</Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.filedAt')}>
          {formatInstant(detail.filedAt, i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaintCase.header.nextDeadline')}>
          <DeadlineCell deadline={detail.nextDeadline ?? null} />
        </Descriptions.Item>
        {staff && (
          <Descriptions.Item label={t('complaintCase.header.assignee')}>
            {detail.assignee ? staffName(t, detail.assignee) : t('complaintCase.header.unassigned')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </header>
  );
}
