import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Notice } from '@/components/Notice';
import { problemMessage } from '@/lib/problem-message';

/** A page that failed to load (e.g. its code after a deploy): said in words, with a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Notice
      title={t('common.pageFailed')}
      text={problemMessage(t, error)}
      action={{ label: t('common.reload'), onClick: () => window.location.reload() }}
    />
  );
}
