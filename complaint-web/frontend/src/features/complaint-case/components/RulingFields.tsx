import { Form, Input, Radio, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuan } from '@/lib/format';
import { OFFER_TYPES_WITH_AMOUNT, REMEDY_TYPES, RULING_OUTCOMES, type OfferType, type RemedyType, type RulingOutcome } from '@/types/api';
import { yuanRule } from './yuan';

/** What a ruling takes, as form values: the ruling form and a revision on reconsideration share them. */
export interface RulingValues {
  outcome: RulingOutcome;
  remedyType: RemedyType;
  amount?: string;
  rationale: string;
}

const carriesAmount = (type: RemedyType | undefined) => OFFER_TYPES_WITH_AMOUNT.includes(type as OfferType);

/**
 * For the form's onValuesChange: NONE exactly when the seller is favoured, set as the outcome is chosen (not a
 * render later), so that the outcome and remedy the server checks together never disagree.
 */
export function keepRemedyWithOutcome(form: FormInstance) {
  return (changed: Partial<RulingValues>) => {
    if (!('outcome' in changed)) return;
    if (changed.outcome === 'SELLER_FAVOURED') form.setFieldValue('remedyType', 'NONE');
    else if (form.getFieldValue('remedyType') === 'NONE') form.setFieldValue('remedyType', undefined);
  };
}

/** Form values → the ruling's body: an amount only for the remedies that carry one, in fen. */
export function rulingBody(values: RulingValues) {
  return {
    outcome: values.outcome,
    remedy: {
      type: values.remedyType,
      amountFen: carriesAmount(values.remedyType) ? (parseYuan(values.amount) ?? undefined) : undefined,
    },
    rationale: values.rationale.trim(),
  };
}

/** Outcome, remedy (with its amount) and rationale, inside a form whose onValuesChange is keepRemedyWithOutcome. */
export function RulingFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const outcome = Form.useWatch('outcome', form);
  const remedyType = Form.useWatch('remedyType', form);
  const sellerFavoured = outcome === 'SELLER_FAVOURED';
  return (
    <>
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
    </>
  );
}
