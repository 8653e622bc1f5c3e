import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A failed call in the reader's words, next to what caused it; a lost connection offers a retry. */
export function ProblemAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const network = error instanceof NetworkError;
  const fieldLines = error instanceof ApiError && error.code === 'VALIDATION_FAILED'
    ? error.fieldErrors.map((problem) => `${problem.field}: ${problem.message}`)
    : [];
  return (
    <Alert
      type={network ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={problemMessage(t, error)}
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
