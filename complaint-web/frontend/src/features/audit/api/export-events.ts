import { useMutation } from '@tanstack/react-query';
import { download } from '@/lib/api-client';

export interface ExportRange {
  /** ISO-8601 instants. */
  from: string;
  to: string;
  /** An event type's simple name (ComplaintFiled…); absent: every type. */
  type?: string;
}

/** The global stream in a time range as NDJSON, one event a line. */
export const exportEvents = (range: ExportRange) =>
  download('/api/audit/events', { from: range.from, to: range.to, type: range.type || undefined });

/** events-<from>-<to>.ndjson, the instants without the colons file systems refuse. */
export function exportFileName(range: ExportRange): string {
  const compact = (instant: string) => instant.replace(/\.\d+Z$/, 'Z').replace(/:/g, '');
  return `events-${compact(range.from)}-${compact(range.to)}.ndjson`;
}

/** Hands a blob to the browser as a file download through a short-lived Blob URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the export into a file; changes nothing on the server, so it invalidates nothing. */
export const useExportEvents = () =>
  useMutation({
    mutationFn: async (range: ExportRange) => {
      const blob = await exportEvents(range);
      const fileName = exportFileName(range);
      saveBlob(blob, fileName);
      return { fileName, bytes: blob.size };
    },
  });
