import type { Role } from '@/types/api';

/** Where each role's work starts. */
const HOME: [Role, string][] = [
  ['BUYER', '/my/complaints'],
  ['SELLER', '/shop/complaints'],
  ['ARBITRATOR', '/arbitration'],
  ['SUPERVISOR', '/arbitration'],
  ['AUDITOR', '/audit'],
  ['OPERATOR', '/ops'],
];

export function homeFor(roles: readonly Role[]): string {
  return HOME.find(([role]) => roles.includes(role))?.[1] ?? '/login';
}

/** The navigation a person sees: only the pages their roles may open (the services decide again anyway). */
export const NAVIGATION: { path: string; key: string; roles: Role[] }[] = [
  { path: '/my/complaints', key: 'nav.myComplaints', roles: ['BUYER'] },
  { path: '/my/complaints/new', key: 'nav.fileComplaint', roles: ['BUYER'] },
  { path: '/shop/complaints', key: 'nav.shopComplaints', roles: ['SELLER'] },
  { path: '/arbitration', key: 'nav.arbitration', roles: ['ARBITRATOR', 'SUPERVISOR'] },
  { path: '/audit', key: 'nav.audit', roles: ['AUDITOR'] },
  { path: '/ops', key: 'nav.operations', roles: ['OPERATOR'] },
];

export function navigationFor(roles: readonly Role[]) {
  return NAVIGATION.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}
