import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './problem';

/** The sentence for an error: every rule code is a translation key (errors.<CODE>), else a generic line. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError) return t('errors.NETWORK');
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key, { state: stateOf(error, t) });
    return translated === key ? t('errors.UNKNOWN', { status: error.status, code: error.code }) : translated;
  }
  return t('errors.UNEXPECTED');
}

function stateOf(error: ApiError, t: TFunction): string {
  const state = error.body.state;
  return typeof state === 'string' ? t(`common.state.${state}`) : '';
}

/** Server field errors (e.g. "evidence[0].reference") as antd form fields: [{name: ['evidence', 0, 'reference'], errors}]. */
export function formFieldErrors(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.map((problem) => ({
    name: problem.field
      .split(/[.[\]]/)
      .filter((part) => part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: [problem.message],
  }));
}
