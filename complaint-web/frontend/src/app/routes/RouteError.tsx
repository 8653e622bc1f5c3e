import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { problemMessage } from '@/lib/problem-message';

/** A page that failed to load (e.g. its code after a deploy): said in words, with a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('common.pageFailed')}
      subTitle={problemMessage(t, error)}
      extra={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}
