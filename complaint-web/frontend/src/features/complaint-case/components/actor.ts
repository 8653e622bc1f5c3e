import type { TFunction } from 'i18next';
import type { ActorView } from '@/types/api';

const PARTIES = new Set(['BUYER', 'SELLER']);

/** An actor as "the system", a party by role and id ("买家 buyer-1"), staff as "仲裁员 arbiter-1" or "the platform". */
export function actorName(t: TFunction, actor: ActorView | string | null | undefined): string {
  const view = normalise(actor);
  if (!view) return t('complaintCase.actor.unknown');
  if (view.role === 'SYSTEM') return t('complaintCase.actor.system');
  const role = t(`common.role.${view.role}`, { defaultValue: view.role });
  if (PARTIES.has(view.role)) return view.id ? `${role} ${view.id}` : role;
  return view.id ? `${role} ${view.id}` : t('complaintCase.actor.platform');
}

/** The API gives an actor as {role, id?}, or (older shapes) as "ROLE:id". */
function normalise(actor: ActorView | string | null | undefined): ActorView | null {
  if (!actor) return null;
  if (typeof actor === 'string') {
    const colon = actor.indexOf(':');
    return colon < 0 ? { role: actor } : { role: actor.substring(0, colon), id: actor.substring(colon + 1) };
  }
  return typeof actor.role === 'string' ? actor : null;
}

/** A staff member named by id alone (e.g. an assignee): "仲裁员 arbiter-1", or "the platform" when hidden. */
export function staffName(t: TFunction, id: unknown): string {
  return typeof id === 'string' && id ? `${t('common.role.ARBITRATOR')} ${id}` : t('complaintCase.actor.platform');
}
