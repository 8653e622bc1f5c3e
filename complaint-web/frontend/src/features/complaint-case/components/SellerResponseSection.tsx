import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { SellerResponseView } from '@/types/api';
import { Section } from './Section';
import { UserText } from './UserText';

/** The seller's answer (卖家申诉): acknowledge or dispute, and the statement. */
export function SellerResponseSection({ response }: { response: SellerResponseView | null | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('complaintCase.sections.sellerResponse')}>
      {response ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('complaintCase.sellerResponse.position')}>
            {t(`common.sellerPosition.${response.position}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaintCase.sellerResponse.at')}>
            {formatInstant(response.at, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaintCase.sellerResponse.statement')} span="filled">
            <UserText text={response.statement} />
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('complaintCase.sellerResponse.none')}</Typography.Text>
      )}
    </Section>
  );
}
