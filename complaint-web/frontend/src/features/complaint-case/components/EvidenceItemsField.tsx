import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS } from '@/types/api';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A reference is an https link or a stored-file id (no scheme); any other scheme is refused here already. */
export function isValidReference(value: string): boolean {
  const text = value.trim();
  if (!SCHEME.test(text)) return text.length > 0 && !/\s/.test(text);
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Evidence items (kind, reference, description) as a Form.List under `name`; `min` items are required. */
export function EvidenceItemsField({ name = 'evidence', min = 0, label }: { name?: string; min?: number | (() => number); label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, items?: unknown[]) => {
            if ((items?.length ?? 0) < (typeof min === 'function' ? min() : min)) throw new Error(t('complaintCase.evidenceForm.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{label ?? t('complaintCase.evidenceForm.legend')}</legend>
          {fields.map((field, index) => (
            <Card key={field.key} size="small" title={t('complaintCase.evidenceForm.item', { n: index + 1 })} style={{ marginBottom: 8 }}
              extra={<Button size="small" onClick={() => remove(field.name)}>{t('complaintCase.evidenceForm.remove', { n: index + 1 })}</Button>}>
              <Form.Item name={[field.name, 'kind']} label={t('complaintCase.evidenceForm.kind')}
                rules={[{ required: true, message: t('complaintCase.evidenceForm.kindRequired') }]}>
                <Select options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: t(`common.evidenceKind.${kind}`) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'reference']} label={t('complaintCase.evidenceForm.reference')}
                extra={t('complaintCase.evidenceForm.referenceHelp')}
                rules={[
                  { required: true, message: t('complaintCase.evidenceForm.referenceRequired') },
                  { max: 2000 },
                  { validator: async (_, value?: string) => {
                      if (value && !isValidReference(value)) throw new Error(t('complaintCase.evidenceForm.referenceInvalid'));
                    } },
                ]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'description']} label={t('complaintCase.evidenceForm.description')} rules={[{ max: 2000 }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Card>
          ))}
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Button onClick={() => add({ kind: 'PHOTO' })} disabled={fields.length >= 20}>
              {t('complaintCase.evidenceForm.add')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Space>
        </fieldset>
      )}
    </Form.List>
  );
}

/** Form values → request items: trimmed, without an empty description. */
export function evidenceItems(items: { kind: string; reference: string; description?: string }[] | undefined) {
  return (items ?? []).map((item) => ({
    kind: item.kind as (typeof EVIDENCE_KINDS)[number],
    reference: item.reference.trim(),
    description: item.description?.trim() || undefined,
  }));
}
