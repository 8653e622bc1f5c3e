import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportForm } from './ExportForm';
import { OpenComplaintForm } from './OpenComplaintForm';

export function AuditHome() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <OpenComplaintForm />
      <ExportForm />
    </Space>
  );
}
