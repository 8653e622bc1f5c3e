import type { QueryClient } from '@tanstack/react-query';
import { complaintQueryKey } from './get-complaint';

/** The list features' key prefixes: a command on a case changes its row in each of them. */
export const LIST_KEY_PREFIXES = [['my-complaints'], ['shop-complaints'], ['arbitration-queue']] as const;

/** After a command: the case's detail and every list that shows it (the next reads carry X-Min-Event-Position). */
export function invalidateCase(queryClient: QueryClient, complaintId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: complaintQueryKey(complaintId) }),
    ...LIST_KEY_PREFIXES.map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })),
  ]);
}

/** The path of a command on one complaint (command service). */
export function casePath(complaintId: string, ...rest: string[]): string {
  return ['/api/complaints', complaintId, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
}
