/**
 * Saving data as a file through the browser's download: a Blob, an object URL and a clicked link; nothing
 * leaves the machine. The one download path of the app (notes exports, set-aside records, contributed zips,
 * labelled examples).
 */

/**
 * How long the object URL lives after the click. Browsers start reading it only after the click handler has
 * returned (Chromium), or later still for a large file (Safari): revoking at once can cancel the download.
 */
export const REVOKE_AFTER_MS = 10_000;

/** Downloads `content` as `fileName`; text is saved as UTF-8 (`type` gets `;charset=utf-8`). */
export function downloadFile(fileName: string, content: string | Uint8Array, type: string): void {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: `${type};charset=utf-8` })
      : new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** A file name part made of safe characters only (`fallback` when nothing is left). */
export function safeFilePart(text: string, fallback = 'file'): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}
