import type { FormInstance } from 'antd';
import { formFieldErrors } from '@/lib/problem-message';

/** Puts the server's field errors next to the fields they name ("evidence[0].reference" → that input). */
export function showFieldErrors(form: FormInstance, error: unknown): void {
  const fields = formFieldErrors(error);
  if (fields.length > 0) form.setFields(fields);
}
