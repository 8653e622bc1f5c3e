import { Alert, Button, Card, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EVENT_TYPES } from '@/types/audit';
import { useExportEvents } from '../api/export-events';

interface Values {
  range: [Dayjs, Dayjs];
  type?: string;
}

/** The global event stream of a time range (optionally one event type) downloaded as an NDJSON file. */
export function ExportForm() {
  const { t } = useTranslation();
  const exporting = useExportEvents();
  return (
    <Card title={t('audit.export.title')}>
      <Form<Values>
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={({ range, type }) =>
          exporting.mutate({ from: range[0].toISOString(), to: range[1].toISOString(), type })
        }
      >
        <Form.Item name="range" label={t('audit.export.range')} rules={[{ required: true, message: t('audit.export.rangeRequired') }]}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm:ss' }}
            format="YYYY-MM-DD HH:mm:ss"
            aria-label={t('audit.export.range')}
            placeholder={[t('audit.export.from'), t('audit.export.to')]}
          />
        </Form.Item>
        <Form.Item name="type" label={t('audit.export.type')}>
          <Select
            allowClear
            showSearch
            aria-label={t('audit.export.type')}
            placeholder={t('audit.export.anyType')}
            options={EVENT_TYPES.map((type) => ({ value: type, label: type }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={exporting.isPending}>
            {t('audit.export.submit')}
          </Button>
        </Form.Item>
      </Form>
      <ProblemAlert error={exporting.error} />
      {exporting.data && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('audit.export.done', { file: exporting.data.fileName, bytes: exporting.data.bytes.toLocaleString() })}
        />
      )}
    </Card>
  );
}
