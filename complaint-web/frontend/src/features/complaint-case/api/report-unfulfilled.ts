import { send } from '@/lib/api-client';
import type { EvidenceItemInput } from '@/types/api';
import { casePath } from './invalidate';
import { useCaseCommand } from './use-case-command';

export interface ReportUnfulfilledInput {
  note: string;
  evidence?: EvidenceItemInput[];
}

/** The buyer says the accepted settlement was not carried out: POST /api/complaints/{id}/settlement-unfulfilled. */
export const reportUnfulfilled = (complaintId: string, input: ReportUnfulfilledInput) =>
  send('POST', casePath(complaintId, 'settlement-unfulfilled'), {
    note: input.note,
    evidence: input.evidence?.length ? input.evidence : undefined,
  });

export const useReportUnfulfilled = (complaintId: string) => useCaseCommand(complaintId, reportUnfulfilled);
