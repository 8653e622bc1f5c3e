import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { QueryKey } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, NetworkError } from '@/lib/problem';
import { formFieldErrors, problemMessage } from '@/lib/problem-message';
import { CATEGORIES, EVIDENCE_KINDS, type ComplaintCategory, type EvidenceKind } from '@/types/api';
import { useFileComplaint, type FileComplaintInput } from '../api/file-complaint';
import {
  codePoints,
  DESCRIPTION_MAX,
  EVIDENCE_DESCRIPTION_MAX,
  EVIDENCE_MAX,
  EVIDENCE_MIN,
  isAcceptedReference,
  ORDER_ID_MAX,
  ORDER_ID_PATTERN,
  REFERENCE_MAX,
  SELLER_ID_MAX,
} from '../utils/limits';

interface EvidenceValues {
  kind?: EvidenceKind;
  reference?: string;
  description?: string;
}

interface FormValues {
  orderId?: string;
  sellerId?: string;
  category?: ComplaintCategory;
  description?: string;
  evidence?: EvidenceValues[];
}

interface Props {
  /** The query keys a new complaint changes (the buyer's list); the page composing the form knows them. */
  invalidates: readonly QueryKey[];
  /** After the 201: where to go (the new complaint's page). */
  onFiled: (complaintId: string) => void;
  /** Where "cancel" leads. */
  cancelTo?: string;
}

/** Counts like the server's @TextLength: code points, so "😀" is one character of the limit. */
const countCodePoints = (max: number) => ({ show: true, max, strategy: codePoints });
/** Ids are bounded by @Size, which counts UTF-16 units, as the input does by default. */
const countChars = (max: number) => ({ show: true, max });

function toInput(values: FormValues): FileComplaintInput {
  return {
    orderId: (values.orderId ?? '').trim(),
    sellerId: (values.sellerId ?? '').trim(),
    category: values.category as ComplaintCategory,
    description: values.description ?? '',
    evidence: (values.evidence ?? []).map((item) => ({
      kind: item.kind as EvidenceKind,
      reference: (item.reference ?? '').trim(),
      ...(item.description && item.description.trim() !== '' ? { description: item.description } : {}),
    })),
  };
}

/**
 * The server's field messages (Bean Validation's English) in the reader's words where we know them; anything
 * else is shown as the server said it.
 */
function serverFieldMessage(t: TFunction, message: string): string {
  if (/must not be (blank|empty|null)|is required/i.test(message)) return t('filing.server.required');
  const between = /size must be between (\d+) and (\d+)/i.exec(message);
  if (between) return t('filing.server.between', { min: between[1], max: between[2] });
  const atMost = /at most (\d+)/i.exec(message);
  if (atMost) return t('filing.server.atMost', { max: atMost[1] });
  return message;
}

function showServerFieldErrors(form: FormInstance<FormValues>, error: unknown, t: TFunction) {
  const fields = formFieldErrors(error).map((field) => ({
    name: field.name,
    errors: field.errors.map((message) => serverFieldMessage(t, message)),
  }));
  // setFields' name type is the form's own NamePath; the server's field paths are checked by antd at runtime
  if (fields.length > 0) form.setFields(fields as Parameters<FormInstance<FormValues>['setFields']>[0]);
}

/** The buyer files a complaint: order, seller, category, what happened, and at least one piece of evidence. */
export function FileComplaintForm({ invalidates, onFiled, cancelTo }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const filing = useFileComplaint({ invalidates });

  const onFinish = (values: FormValues) => {
    filing.mutate(toInput(values), {
      onSuccess: ({ body }) => onFiled(body.complaintId),
      onError: (error) => showServerFieldErrors(form, error, t),
    });
  };

  return (
    <Form<FormValues>
      form={form}
      name="file-complaint"
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ evidence: [{}] }}
      scrollToFirstError
      style={{ maxWidth: 760 }}
    >
      <Form.Item
        name="orderId"
        label={t('filing.orderId.label')}
        extra={t('filing.orderId.hint', { max: ORDER_ID_MAX })}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('filing.orderId.required') },
          { max: ORDER_ID_MAX, message: t('filing.orderId.tooLong', { max: ORDER_ID_MAX }) },
          { pattern: ORDER_ID_PATTERN, message: t('filing.orderId.pattern') },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} count={countChars(ORDER_ID_MAX)} />
      </Form.Item>

      <Form.Item
        name="sellerId"
        label={t('filing.sellerId.label')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('filing.sellerId.required') },
          { max: SELLER_ID_MAX, message: t('filing.sellerId.tooLong', { max: SELLER_ID_MAX }) },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} count={countChars(SELLER_ID_MAX)} />
      </Form.Item>

      <Form.Item name="category" label={t('filing.category.label')} rules={[{ required: true, message: t('filing.category.required') }]}>
        <Select<ComplaintCategory>
          placeholder={t('filing.category.placeholder')}
          options={CATEGORIES.map((category) => ({ value: category, label: t(`common.category.${category}`) }))}
        />
      </Form.Item>

      <Form.Item
        name="description"
        label={t('filing.description.label')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('filing.description.required') },
          {
            validator: (_, value: string | undefined) =>
              codePoints(value) <= DESCRIPTION_MAX
                ? Promise.resolve()
                : Promise.reject(new Error(t('filing.description.tooLong', { max: DESCRIPTION_MAX }))),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          count={countCodePoints(DESCRIPTION_MAX)}
          placeholder={t('filing.description.placeholder')}
        />
      </Form.Item>

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('filing.evidence.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('filing.evidence.hint', { min: EVIDENCE_MIN, max: EVIDENCE_MAX })}
      </Typography.Paragraph>

      <Form.List
        name="evidence"
        rules={[
          {
            validator: (_, items: EvidenceValues[] | undefined) => {
              const count = items?.length ?? 0;
              if (count < EVIDENCE_MIN) return Promise.reject(new Error(t('filing.evidence.atLeastOne')));
              if (count > EVIDENCE_MAX) return Promise.reject(new Error(t('filing.evidence.atMost', { max: EVIDENCE_MAX })));
              return Promise.resolve();
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => {
              const number = index + 1;
              const headingId = `file-complaint-evidence-${field.key}`;
              return (
                <div role="group" aria-labelledby={headingId} key={field.key}>
                  <Card
                    size="small"
                    title={<span id={headingId}>{t('filing.evidence.item', { number })}</span>}
                    extra={
                      <Button
                        type="link"
                        danger
                        onClick={() => remove(field.name)}
                        aria-label={t('filing.evidence.removeLabel', { number })}
                      >
                        {t('filing.evidence.remove')}
                      </Button>
                    }
                  >
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('filing.evidence.kind')}
                      rules={[{ required: true, message: t('filing.evidence.kindRequired') }]}
                    >
                      <Select<EvidenceKind>
                        placeholder={t('filing.evidence.kindPlaceholder')}
                        options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: t(`common.evidenceKind.${kind}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reference']}
                      label={t('filing.evidence.reference')}
                      extra={t('filing.evidence.referenceHint')}
                      validateFirst
                      rules={[
                        { required: true, whitespace: true, message: t('filing.evidence.referenceRequired') },
                        {
                          validator: (_, value: string | undefined) =>
                            codePoints(value) <= REFERENCE_MAX
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('filing.evidence.referenceTooLong', { max: REFERENCE_MAX }))),
                        },
                        {
                          validator: (_, value: string | undefined) =>
                            isAcceptedReference(value ?? '')
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('filing.evidence.referenceInvalid'))),
                        },
                      ]}
                    >
                      <Input
                        autoComplete="off"
                        spellCheck={false}
                        inputMode="url"
                        placeholder="https://…"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('filing.evidence.description')}
                      rules={[
                        {
                          validator: (_, value: string | undefined) =>
                            codePoints(value) <= EVIDENCE_DESCRIPTION_MAX
                              ? Promise.resolve()
                              : Promise.reject(
                                  new Error(t('filing.evidence.descriptionTooLong', { max: EVIDENCE_DESCRIPTION_MAX })),
                                ),
                        },
                      ]}
                      style={{ marginBottom: 12 }}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} count={countCodePoints(EVIDENCE_DESCRIPTION_MAX)} />
                    </Form.Item>
                  </Card>
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            <div>
              <Button onClick={() => add({})} disabled={fields.length >= EVIDENCE_MAX}>
                {t('filing.evidence.add')}
              </Button>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t('filing.evidence.counter', { count: fields.length, max: EVIDENCE_MAX })}
              </Typography.Text>
            </div>
          </Flex>
        )}
      </Form.List>

      <FilingProblem error={filing.error} onResend={() => form.submit()} />

      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={filing.isPending}>
          {t('filing.submit')}
        </Button>
        {cancelTo ? (
          <Button
            href={cancelTo}
            onClick={(event) => {
              event.preventDefault();
              navigate(cancelTo);
            }}
          >
            {t('common.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}

/**
 * A refused filing in words, above the submit button; an already open complaint is one click away. A filing the
 * connection lost can be sent again by the buyer (never by itself: it may have arrived).
 */
function FilingProblem({ error, onResend }: { error: unknown; onResend: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    // each field's problem is shown next to that field; here only the sentence that says so
    return <Alert type="error" showIcon role="alert" title={problemMessage(t, error)} style={{ marginBottom: 16 }} />;
  }
  const existing = error instanceof ApiError && typeof error.body.complaintId === 'string' ? error.body.complaintId : null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <ProblemAlert error={error} command onRetry={error instanceof NetworkError ? onResend : undefined} />
      {existing ? (
        <Link to={`/complaints/${encodeURIComponent(existing)}`}>
          {error instanceof ApiError && error.code === 'COMPLAINT_ALREADY_OPEN'
            ? t('filing.viewOpenComplaint')
            : t('filing.viewExistingComplaint')}
        </Link>
      ) : null}
    </Flex>
  );
}
