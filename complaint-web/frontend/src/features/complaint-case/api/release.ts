import { send } from '@/lib/api-client';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

/** The assigned arbitrator puts the case back into the queue: POST /api/complaints/{id}/assignment/release. */
export const release = (complaintId: string, _input: void) =>
  send('POST', casePath(complaintId, 'assignment', 'release'), {});

export const useRelease = (complaintId: string) => useCaseCommand(complaintId, release);
