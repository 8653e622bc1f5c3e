import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuan } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { OFFER_TYPES_WITH_AMOUNT, REMEDY_TYPES, RULING_OUTCOMES, type OfferType, type RemedyType, type RulingOutcome } from '@/types/api';
import { useRule } from '../api/rule';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';
import type { ActionFormProps } from './action-form';
import { yuanRule } from './yuan';

interface Values {
  outcome: RulingOutcome;
  remedyType: RemedyType;
  amount?: string;
  rationale: string;
}

const carriesAmount = (type: RemedyType | undefined) => OFFER_TYPES_WITH_AMOUNT.includes(type as OfferType);

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
  const [form] = Form.useForm<Values>();
  const rule = useRule(complaintId);
  const outcome = Form.useWatch('outcome', form);
  const remedyType = Form.useWatch('remedyType', form);
  const sellerFavoured = outcome === 'SELLER_FAVOURED';
  /** NONE exactly when the seller is favoured: set as the outcome is chosen, not a render later. */
  const outcomeChanged = (changed: Partial<Values>) => {
    if (!('outcome' in changed)) return;
    if (changed.outcome === 'SELLER_FAVOURED') form.setFieldValue('remedyType', 'NONE');
    else if (form.getFieldValue('remedyType') === 'NONE') form.setFieldValue('remedyType', undefined);
  };
  const stale = rule.error instanceof ApiError && rule.error.code === 'CONCURRENT_MODIFICATION';
  const submit = (values: Values) =>
    rule.mutate(
      {
        outcome: values.outcome,
        remedy: {
          type: values.remedyType,
          amountFen: carriesAmount(values.remedyType) ? (parseYuan(values.amount) ?? undefined) : undefined,
        },
        rationale: values.rationale.trim(),
        version,
      },
      { onSuccess: () => onDone(t('complaintCase.rule.done')), onError: (error) => showFieldErrors(form, error) },
    );
  const reload = () => {
    rule.reset();
    onReload();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={outcomeChanged}>
      <Typography.Paragraph type="secondary">{t('complaintCase.rule.version', { version })}</Typography.Paragraph>
      <Form.Item name="outcome" label={t('complaintCase.rule.outcome')}
        rules={[{ required: true, message: t('complaintCase.rule.outcomeRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.rule.outcome')}
          options={RULING_OUTCOMES.map((value) => ({ value, label: t(`common.outcome.${value}`) }))} />
      </Form.Item>
      <Form.Item name="remedyType" label={t('complaintCase.rule.remedyType')}
        rules={[{ required: true, message: t('complaintCase.rule.remedyRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.rule.remedyType')}
          options={REMEDY_TYPES.map((value) => ({
            value,
            label: t(`common.remedyType.${value}`),
            disabled: sellerFavoured ? value !== 'NONE' : value === 'NONE',
          }))} />
      </Form.Item>
      {carriesAmount(remedyType) && (
        <Form.Item name="amount" label={t('complaintCase.rule.amount')} rules={[yuanRule(t)]}>
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
      )}
      <Form.Item name="rationale" label={t('complaintCase.rule.rationale')}
        rules={[{ required: true, whitespace: true, message: t('complaintCase.rule.rationaleRequired') }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      {stale ? (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }}
          title={t('complaintCase.rule.staleTitle')}
          description={t('complaintCase.rule.staleText')}
          action={<Button onClick={reload} loading={reloading}>{t('complaintCase.rule.reload')}</Button>} />
      ) : null}
      <FormFooter error={stale ? null : rule.error} pending={rule.isPending} />
    </Form>
  );
}
