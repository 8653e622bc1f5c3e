import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The server refused a decision made on an older version of the case (CONCURRENT_MODIFICATION): said in words, with
 * a button that loads the latest case, so the arbitrator decides on what is there now.
 */
export function StaleCaseAlert({ title, text, onReload, reloading }: {
  title: string;
  text: string;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={title} description={text}
      action={<Button onClick={onReload} loading={reloading}>{t('complaintCase.rule.reload')}</Button>} />
  );
}
