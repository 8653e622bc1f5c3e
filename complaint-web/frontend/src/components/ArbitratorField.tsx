import { AutoComplete, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLoginOptions } from '@/features/auth/api/get-login-options';

/** The server's limit on an id (api Text.MAX_ID_LENGTH). */
const MAX_ID_LENGTH = 100;

/**
 * Whom a supervisor hands a case to. The demo set-up lists its arbitrators (the login page's accounts); with a
 * real identity provider there is no directory to list, so the account is typed. The one who has the case now is
 * not offered: handing it to them would change nothing (ALREADY_ASSIGNED).
 */
export function ArbitratorField({ assignee }: { assignee: string | null | undefined }) {
  const { t } = useTranslation();
  const options = useLoginOptions();
  const arbitrators = (options.data?.accounts ?? [])
    .filter((account) => account.role === 'ARBITRATOR' && account.username !== assignee)
    .map((account) => ({ value: account.username }));
  return (
    <Form.Item name="arbitratorId" label={t('common.arbitratorField.label')}
      extra={assignee ? t('common.arbitratorField.current', { id: assignee }) : undefined}
      rules={[{ required: true, whitespace: true, message: t('common.arbitratorField.required') }, { max: MAX_ID_LENGTH }]}>
      <AutoComplete options={arbitrators} placeholder={t('common.arbitratorField.placeholder')}
        showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }} />
    </Form.Item>
  );
}
