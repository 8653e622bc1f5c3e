import { Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The query API lists no complaints for auditors: they open one by its id. */
export function OpenComplaintForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card title={t('audit.open.title')}>
      <Form<{ complaintId: string }>
        layout="inline"
        onFinish={({ complaintId }) => navigate(`/audit/complaints/${encodeURIComponent(complaintId.trim())}`)}
      >
        <Form.Item
          name="complaintId"
          label={t('audit.open.complaintId')}
          rules={[
            { required: true, message: t('audit.open.required') },
            { validator: (_, value: string | undefined) => (!value || UUID.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('audit.open.invalid')))) },
          ]}
        >
          <Input style={{ width: 360 }} placeholder="00000000-0000-0000-0000-000000000000" autoComplete="off" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" autoInsertSpace={false}>
            {t('audit.open.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
