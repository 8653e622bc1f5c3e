import { Button, Form, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '@/types/api';
import { QUEUE_KINDS, type Assignment, type QueueView } from './use-queue-filters';

interface Props {
  view: QueueView;
  onChange: (change: Partial<QueueView>) => void;
}

/** Unassigned / mine / all, category and kind: each choice lands in the URL, so a filtered queue can be shared. */
export function QueueFilterBar({ view, onChange }: Props) {
  const { t } = useTranslation();
  const filtered = view.assignment !== 'all' || view.category || view.kind;
  return (
    <Form layout="inline" className="queue-filters" component="div">
      <Form.Item label={t('arbitration.filters.assignment')}>
        <Radio.Group
          optionType="button"
          aria-label={t('arbitration.filters.assignment')}
          value={view.assignment}
          onChange={(event) => onChange({ assignment: event.target.value as Assignment })}
          options={[
            { value: 'all', label: t('arbitration.filters.all') },
            { value: 'unassigned', label: t('arbitration.filters.unassigned') },
            { value: 'mine', label: t('arbitration.filters.mine') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('arbitration.filters.category')} htmlFor="queue-filter-category">
        <Select
          id="queue-filter-category"
          aria-label={t('arbitration.filters.category')}
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('arbitration.filters.anyCategory')}
          value={view.category ?? null}
          onChange={(category) => onChange({ category: category ?? undefined })}
          options={CATEGORIES.map((category) => ({ value: category, label: t(`common.category.${category}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('arbitration.filters.kind')} htmlFor="queue-filter-kind">
        <Select
          id="queue-filter-kind"
          aria-label={t('arbitration.filters.kind')}
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('arbitration.filters.anyKind')}
          value={view.kind ?? null}
          onChange={(kind) => onChange({ kind: kind ?? undefined })}
          options={QUEUE_KINDS.map((kind) => ({ value: kind, label: t(`common.queueKind.${kind}`) }))}
        />
      </Form.Item>
      <Space>
        <Button disabled={!filtered} onClick={() => onChange({ assignment: 'all', category: undefined, kind: undefined })}>
          {t('arbitration.filters.clear')}
        </Button>
      </Space>
    </Form>
  );
}
