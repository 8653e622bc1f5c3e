import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { PageTitle } from '@/components/text';
import { useLoginOptions } from '../api/get-login-options';
import { useLogin, type Credentials } from '../api/login';

interface Props {
  onSignedIn: () => void;
}

/** Demo accounts sign in with a password here; in production the button hands over to the identity provider. */
export function LoginForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const options = useLoginOptions();
  const login = useLogin();
  const [form] = Form.useForm<Credentials>();

  if (options.isError) return <ProblemAlert error={options.error} onRetry={() => void options.refetch()} />;
  if (options.data?.mode === 'oidc') {
    return (
      <Card title={t('auth.title')}>
        <Button type="primary" href={options.data.loginUrl}>
          {t('auth.ssoLogin')}
        </Button>
      </Card>
    );
  }
  const accounts = options.data?.accounts ?? [];
  return (
    <Card title={<PageTitle style={{ fontSize: 20, margin: 0 }}>{t('auth.title')}</PageTitle>}>
      <Form<Credentials>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate(values, { onSuccess: onSignedIn })}
        initialValues={{ password: '' }}
      >
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {login.error ? <ProblemAlert error={login.error} /> : null}
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
          <Alert
            type="info"
            showIcon
            title={t('auth.demoHint')}
            description={
              <Space wrap size={[4, 4]} aria-label={t('auth.demoAccounts')} role="group">
                {accounts.map((account) => (
                  <Button
                    key={account.username}
                    size="small"
                    title={t(`common.role.${account.role}`)}
                    onClick={() => form.setFieldsValue({ username: account.username, password: 'demo' })}
                  >
                    {account.username}
                  </Button>
                ))}
              </Space>
            }
          />
        </Space>
      </Form>
    </Card>
  );
}
