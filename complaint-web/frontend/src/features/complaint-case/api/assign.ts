import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** An arbitrator takes the case: POST /api/complaints/{id}/assignment with {} (the caller). */
export const assign = (complaintId: string, _input: void) => send('POST', casePath(complaintId, 'assignment'), {});

export const useAssign = (complaintId: string) => useCaseCommand(complaintId, assign);
