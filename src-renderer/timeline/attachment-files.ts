import { MAX_ATTACHMENT_BYTES } from '../../src-shared/entities';
import type { AttachmentContent, AttachmentUpload } from '../../src-shared/api';

/** Reading picked files for upload and handing downloaded ones to the browser. */

export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/** The first file over the limit, checked before anything is read or sent. */
export function oversizedFile(files: readonly File[]): File | undefined {
  return files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function toUpload(file: File): Promise<AttachmentUpload> {
  const data = toBase64(new Uint8Array(await file.arrayBuffer()));
  return { fileName: file.name, ...(file.type ? { mimeType: file.type } : {}), data };
}

/** Saves the file through the browser's download (both hosts render in a browser engine). */
export function saveDownloaded(file: AttachmentContent): void {
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
