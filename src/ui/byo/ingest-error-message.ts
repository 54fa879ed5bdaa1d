import type { TFunction } from 'i18next';
import { MAX_CHARS } from '../../core/ingest/limits';
import type { SideError } from './use-side-input';

/**
 * The translated message for an ingestion error. `name` is the file name, or for pasted text the side's
 * label ("the Chinese-side text"); every message names it so the reader knows which input to fix.
 */
export function ingestErrorMessage(
  t: TFunction<'byo'>,
  error: SideError,
  name: string,
  pasted = false,
): string {
  const message = messageOf(t, error, name);
  // "the Chinese-side text is…" starts a sentence; a file name is shown exactly as it is.
  return pasted ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

function messageOf(t: TFunction<'byo'>, error: SideError, name: string): string {
  if (error.code === 'read-failed') return t('errors.read-failed', { file: name });
  const d = error.details;
  const file = name;
  let message: string;
  switch (error.code) {
    case 'too-large':
      message =
        d.limit === MAX_CHARS
          ? t('errors.too-large', { file, actual: d.actual ?? 0, limit: d.limit })
          : t('errors.too-large-file', { file, actual: d.actual ?? 0, limit: d.limit ?? 0 });
      break;
    case 'binary':
      message = d.format
        ? t('errors.binary-format', { file, format: d.format.toUpperCase() })
        : t('errors.binary', { file });
      break;
    case 'bad-encoding':
      message = t('errors.bad-encoding', { file, encoding: d.encoding ?? 'utf-8' });
      break;
    case 'bad-front-matter':
      message = t('errors.bad-front-matter', { file, line: d.line ?? 1, reason: d.reason ?? '' });
      break;
    case 'unsupported-type':
      message = t('errors.unsupported-type', { file, format: d.format ?? '?' });
      break;
    case 'empty':
      message = t('errors.empty', { file });
      break;
    case 'punctuation-only':
      message = t('errors.punctuation-only', { file });
      break;
  }
  return message;
}
