import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface NotesToolsProps {
  onMarkdown: () => void;
  onJsonLd: () => void;
  onJsonLdAll: () => void;
  onImport: (file: File) => void;
  /** Downloads the corrected sentences as labelled examples (JSON Lines). */
  onLabelled: () => void;
  canExport: boolean;
  /** There are topic corrections and a comparison to take their sentences from. */
  canLabel: boolean;
}

/** Export, import and print. The import button is a label for a visually hidden file input. */
export function NotesTools(props: NotesToolsProps) {
  const { onMarkdown, onJsonLd, onJsonLdAll, onImport, onLabelled, canExport, canLabel } = props;
  const { t } = useTranslation('notes');
  const id = useId();
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be picked again
    if (file) onImport(file);
  };
  return (
    <fieldset className="notes-tools">
      <legend className="sr-only">{t('tools.heading')}</legend>
      <button type="button" onClick={onMarkdown} disabled={!canExport}>
        {t('tools.markdown')}
      </button>
      <button type="button" onClick={onJsonLd} disabled={!canExport}>
        {t('tools.jsonld')}
      </button>
      <button type="button" onClick={onJsonLdAll} disabled={!canExport}>
        {t('tools.jsonldAll')}
      </button>
      {canLabel ? (
        <button type="button" onClick={onLabelled}>
          {t('tools.labelled')}
        </button>
      ) : null}
      <input
        id={`${id}-file`}
        className="notes-file-input sr-only"
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        onChange={picked}
      />
      <label htmlFor={`${id}-file`} className="notes-file-label">
        {t('tools.import')}
      </label>
      <button type="button" onClick={() => window.print()}>
        {t('tools.print')}
      </button>
    </fieldset>
  );
}
