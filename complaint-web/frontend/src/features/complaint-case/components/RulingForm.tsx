import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';
import { useRule } from '../api/rule';
import { FormFooter } from './FormFooter';
import { keepRemedyWithOutcome, RulingFields, rulingBody, type RulingValues } from './RulingFields';
import { showFieldErrors } from './server-errors';
import { StaleCaseAlert } from './StaleCaseAlert';
import type { ActionFormProps } from './action-form';

/**
 * The ruling, made on the version of the case the arbitrator was shown (sent as If-Match). If the case changed
 * meanwhile the server refuses (CONCURRENT_MODIFICATION): said in words, with a button to load the latest case.
 */
export function RulingForm({ complaintId, onDone, version, onReload, reloading }: ActionFormProps & {
  version: number;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RulingValues>();
  const rule = useRule(complaintId);
  const stale = rule.error instanceof ApiError && rule.error.code === 'CONCURRENT_MODIFICATION';
  const submit = (values: RulingValues) =>
    rule.mutate(
      { ...rulingBody(values), version },
      { onSuccess: () => onDone(t('complaintCase.rule.done')), onError: (error) => showFieldErrors(form, error) },
    );
  const reload = () => {
    rule.reset();
    onReload();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={keepRemedyWithOutcome(form)}>
      <Typography.Paragraph type="secondary">{t('complaintCase.rule.version', { version })}</Typography.Paragraph>
      <RulingFields form={form} />
      {stale && (
        <StaleCaseAlert title={t('complaintCase.rule.staleTitle')} text={t('complaintCase.rule.staleText')}
          onReload={reload} reloading={reloading} />
      )}
      <FormFooter error={stale ? null : rule.error} pending={rule.isPending} />
    </Form>
  );
}
