import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';
import { useConnectionNoticeShown } from './ConnectionNotice';

interface Props {
  error: unknown;
  /** A read: read again. A command: send it again, only when the person asks (never by itself). */
  onRetry?: () => void;
  /** The failed call was a command: on a lost connection it is not known whether it reached the server. */
  command?: boolean;
}

/** A failed call in the reader's words, next to what caused it; a lost connection offers a retry. */
export function ProblemAlert({ error, onRetry, command = false }: Props) {
  const { t } = useTranslation();
  const noticeShown = useConnectionNoticeShown();
  if (!error) return null;
  const network = error instanceof NetworkError;
  // a read that lost the connection: the page's connection notice says so once, with its own Retry
  if (network && onRetry && !command && noticeShown) return null;
  const fieldLines = error instanceof ApiError && error.code === 'VALIDATION_FAILED'
    ? error.fieldErrors.map((problem) => `${problem.field}: ${problem.message}`)
    : [];
  return (
    <Alert
      type={network ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={network && command ? t('errors.NETWORK_COMMAND') : problemMessage(t, error)}
      description={fieldLines.length ? fieldLines.join('\n') : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
