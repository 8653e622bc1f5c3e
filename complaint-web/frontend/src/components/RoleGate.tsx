import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth/api/get-session';
import type { Role } from '@/types/api';
import { Notice } from './Notice';

/** A page for some roles only; others are told so instead of seeing a page of 403s. */
export function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data?.roles.some((role) => roles.includes(role))) {
    return <Notice title={t('common.forbiddenTitle')} text={t('common.forbidden')} />;
  }
  return <>{children}</>;
}
