import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import type { ReconsiderationView, RulingView } from '@/types/api';
import { useDecideReconsideration } from '../api/decide-reconsideration';
import { FormFooter } from './FormFooter';
import { ReconsiderationRequest } from './ReconsiderationRequest';
import { keepRemedyWithOutcome, RulingFields, rulingBody, type RulingValues } from './RulingFields';
import { showFieldErrors } from './server-errors';
import { StaleCaseAlert } from './StaleCaseAlert';
import type { ActionFormProps } from './action-form';

type Values = Partial<RulingValues> & { decision: 'uphold' | 'revise'; note?: string };

/**
 * The arbitrator who took a reconsideration upholds the ruling (with a note) or revises it with the ruling form's
 * own fields. Like a ruling it is made on the version shown (If-Match): a stale one is said in words, with a reload.
 */
export function DecideReconsiderationForm({ complaintId, onDone, ruling, reconsideration, version, onReload, reloading }: ActionFormProps & {
  ruling: RulingView | null | undefined;
  reconsideration: ReconsiderationView | null | undefined;
  version: number;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const decide = useDecideReconsideration(complaintId);
  const decision = Form.useWatch('decision', form);
  const stale = decide.error instanceof ApiError && decide.error.code === 'CONCURRENT_MODIFICATION';
  const submit = (values: Values) => {
    const upheld = values.decision === 'uphold';
    decide.mutate(
      upheld
        ? { uphold: true, note: (values.note ?? '').trim(), version }
        : { uphold: false, ...rulingBody(values as RulingValues), version },
      {
        onSuccess: () => onDone(t(upheld ? 'complaintCase.decideReconsideration.upheld' : 'complaintCase.decideReconsideration.revised')),
        onError: (error) => showFieldErrors(form, error),
      },
    );
  };
  const reload = () => {
    decide.reset();
    onReload();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={keepRemedyWithOutcome(form)}>
      {/* the dialog covers the page: what is being reconsidered, and why, stay in sight while deciding */}
      {ruling && (
        <Typography.Paragraph strong>
          {t('complaintCase.decideReconsideration.current', {
            outcome: t(`common.outcome.${ruling.outcome}`),
            remedy: `${t(`common.remedyType.${ruling.remedy.type}`)} ${formatFen(ruling.remedy.amountFen)}`.trim(),
          })}
        </Typography.Paragraph>
      )}
      {reconsideration && <ReconsiderationRequest reconsideration={reconsideration} />}
      <Typography.Paragraph type="secondary">{t('complaintCase.decideReconsideration.version', { version })}</Typography.Paragraph>
      <Form.Item name="decision" label={t('complaintCase.decideReconsideration.decision')}
        rules={[{ required: true, message: t('complaintCase.decideReconsideration.decisionRequired') }]}>
        <Radio.Group aria-label={t('complaintCase.decideReconsideration.decision')} options={[
          { value: 'uphold', label: t('complaintCase.decideReconsideration.uphold') },
          { value: 'revise', label: t('complaintCase.decideReconsideration.revise') },
        ]} />
      </Form.Item>
      {decision === 'uphold' && (
        <Form.Item name="note" label={t('complaintCase.decideReconsideration.note')}
          rules={[{ required: true, whitespace: true, message: t('complaintCase.decideReconsideration.noteRequired') }, { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      )}
      {decision === 'revise' && <RulingFields form={form} />}
      {stale && (
        <StaleCaseAlert title={t('complaintCase.decideReconsideration.staleTitle')} text={t('complaintCase.decideReconsideration.staleText')}
          onReload={reload} reloading={reloading} />
      )}
      <FormFooter error={stale ? null : decide.error} pending={decide.isPending} />
    </Form>
  );
}
