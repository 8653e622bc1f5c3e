import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** A party asks the platform to step in: POST /api/complaints/{id}/intervention-request {note?}. */
export const requestIntervention = (complaintId: string, input: { note?: string }) =>
  send('POST', casePath(complaintId, 'intervention-request'), { note: input.note || undefined });

export const useRequestIntervention = (complaintId: string) => useCaseCommand(complaintId, requestIntervention);
