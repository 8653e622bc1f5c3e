import { Form, Input } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { FormFooter } from './FormFooter';
import { showFieldErrors } from './server-errors';

interface Props<T> {
  label: string;
  required?: string;
  mutation: UseMutationResult<T, Error, { note?: string }, unknown>;
  onDone: () => void;
}

/** A command whose only input is a note (optional unless `required` gives the message). */
export function NoteOnlyForm<T>({ label, required, mutation, onDone }: Props<T>) {
  const [form] = Form.useForm<{ note?: string }>();
  const submit = ({ note }: { note?: string }) =>
    mutation.mutate({ note: note?.trim() || undefined }, { onSuccess: onDone, onError: (error) => showFieldErrors(form, error) });
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="note" label={label}
        rules={[{ required: !!required, whitespace: !!required, message: required }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <FormFooter error={mutation.error} pending={mutation.isPending} />
    </Form>
  );
}
