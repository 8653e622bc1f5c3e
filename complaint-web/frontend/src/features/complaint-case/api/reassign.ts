import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The supervisor hands the case to an arbitrator: POST /api/complaints/{id}/assignment with {arbitratorId}. */
export const reassign = (complaintId: string, input: { arbitratorId: string }) =>
  send('POST', casePath(complaintId, 'assignment'), input);

export const useReassign = (complaintId: string) => useCaseCommand(complaintId, reassign);
