import { Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { NetworkError } from '@/lib/problem';

/** The end of an action's form: what the server refused, in words, next to the submit button; a lost connection offers to send it again. */
export function FormFooter({ error, pending, label, children }: { error: unknown; pending: boolean; label?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // the connection failed: the person may send the same form again (it is never sent again by itself)
  const resend = error instanceof NetworkError ? () => form.submit() : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} command onRetry={resend} />
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
