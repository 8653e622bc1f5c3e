import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_DESCRIPTION_MAX, EVIDENCE_MAX, isAcceptedReference, REFERENCE_MAX } from '@/lib/evidence';
import { EVIDENCE_KINDS } from '@/types/api';

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
                  { max: REFERENCE_MAX },
                  { validator: async (_, value?: string) => {
                      if (value && !isAcceptedReference(value)) throw new Error(t('complaintCase.evidenceForm.referenceInvalid'));
                    } },
                ]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'description']} label={t('complaintCase.evidenceForm.description')} rules={[{ max: EVIDENCE_DESCRIPTION_MAX }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Card>
          ))}
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Button onClick={() => add({ kind: 'PHOTO' })} disabled={fields.length >= EVIDENCE_MAX}>
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
