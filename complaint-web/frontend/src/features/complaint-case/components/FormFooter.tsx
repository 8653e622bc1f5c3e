import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';

/** The end of an action's form: what the server refused, in words, next to the submit button. */
export function FormFooter({ error, pending, label, children }: { error: unknown; pending: boolean; label?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      <Space wrap>
        {children ?? (
          <Button type="primary" htmlType="submit" loading={pending} autoInsertSpace={false}>
            {label ?? t('common.submit')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
