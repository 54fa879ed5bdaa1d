/*
 * Puts text on the clipboard in two formats at once: plain text (the Markdown) and HTML (the same as a table).
 * The asynchronous Clipboard API where it may write both; else the copy event of a `copy` command, which can
 * set both formats too and needs no permission inside a click.
 */

export type CopyResult = 'rich' | 'plain';

function copyByEvent(plain: string, html: string): boolean {
  let done = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', plain);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand?.('copy');
  } catch {
    // Refused: reported below.
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return done;
}

/** Resolves with what was written; rejects when the browser allowed neither way. */
export async function copyRich(plain: string, html: string): Promise<CopyResult> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard?.write && typeof ClipboardItem !== 'undefined') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([plain], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Not allowed here (permissions, an unfocused page): try the copy command.
    }
  }
  if (copyByEvent(plain, html)) return 'rich';
  if (clipboard?.writeText) {
    await clipboard.writeText(plain);
    return 'plain';
  }
  throw new Error('clipboard unavailable');
}
