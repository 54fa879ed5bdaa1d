import { type ClipboardEvent, type DragEvent, memo, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../../core/model';
import { pick } from '../../core/view/format';
import { StatusMessage } from '../app/StatusMessage';
import { useUiLang } from '../app/use-ui-lang';
import { ingestErrorMessage } from './ingest-error-message';
import { PASTED_LABEL, type SideEditor } from './use-side-input';

const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.mhtml,.mht,text/plain,text/markdown,text/html,multipart/related';
const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };

/**
 * Pastes longer than this are put in the box by setting its value: Chromium's native paste inserts text
 * through its editing machinery, which takes seconds for tens of thousands of characters in many lines
 * (a value assignment takes milliseconds). Shorter pastes stay native, keeping the browser's undo.
 */
const LARGE_PASTE = 10_000;

function onLargePaste(event: ClipboardEvent<HTMLTextAreaElement>, setText: (text: string) => void): void {
  const pasted = event.clipboardData.getData('text/plain');
  if (pasted.length < LARGE_PASTE) return;
  event.preventDefault();
  const box = event.currentTarget;
  // The box's value uses \n line ends; keeping React's copy identical avoids re-assigning it every render.
  const clean = pasted.replace(/\r\n?/g, '\n');
  setText(box.value.slice(0, box.selectionStart) + clean + box.value.slice(box.selectionEnd));
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * One side's input: a text box that takes paste, typing and dropped files, a file button, and what the
 * app made of the input (source, size, language — correctable — and any error, naming the file).
 */
export const SideBox = memo(function SideBox({
  input,
  onFiles,
}: {
  input: SideEditor;
  onFiles: (side: Side, files: File[]) => void;
}) {
  const { t } = useTranslation('byo');
  const lang = useUiLang();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { side } = input;
  const errorFile = input.error?.file;
  const pastedError = !errorFile || errorFile === PASTED_LABEL;
  const errorName = pastedError ? t(`pasted.${side}`) : errorFile;
  const errorId = `${id}-error`;
  const frontMatterSide = input.result?.meta.side;
  // A saved official page read as a readout (issue 11): its body only, its facts found for the details.
  const fromPage = input.result?.meta.found?.from === 'page';
  const issuer = input.result?.meta.issuer;

  const onDrop = (event: DragEvent) => {
    setDragging(false);
    if (!hasFiles(event)) return; // dropped text is inserted by the text box itself
    event.preventDefault();
    onFiles(side, Array.from(event.dataTransfer.files));
  };

  return (
    <section className={`byo-side side-${side}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`side.${side}`)}</h2>
      <p className="byo-hint">{t(`sideHint.${side}`)}</p>
      <div className={`byo-drop${dragging ? ' byo-dragging' : ''}`}>
        <label htmlFor={`${id}-text`} className="sr-only">
          {t(`textLabel.${side}`)}
        </label>
        <textarea
          id={`${id}-text`}
          className="byo-text"
          value={input.text}
          placeholder={t('placeholder')}
          lang={input.lang === 'zh' ? 'zh-CN' : input.lang === 'en' ? 'en' : undefined}
          spellCheck={false}
          rows={14}
          aria-invalid={input.error ? true : undefined}
          aria-describedby={input.error ? errorId : undefined}
          onChange={(event) => input.setText(event.target.value)}
          onPaste={(event) => onLargePaste(event, input.setText)}
          onDragOver={(event) => {
            if (!hasFiles(event)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        />
        {dragging ? (
          <p className="byo-drop-label" aria-hidden="true">
            {t('dropHere')}
          </p>
        ) : null}
      </div>
      <div className="byo-tools">
        <button type="button" className="button" onClick={() => fileRef.current?.click()}>
          {t('openFile')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-label={t(`openFileLabel.${side}`)}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = ''; // so choosing the same file again still reads it
            if (files.length > 0) onFiles(side, files);
          }}
        />
        {input.text ? (
          <button type="button" className="button button-quiet" onClick={input.clear}>
            {t('clear')}
          </button>
        ) : null}
        <LangPicker input={input} />
      </div>
      <p className="byo-status" aria-live="polite">
        {input.busy === 'reading' ? t('reading', { file: input.fileName ?? '' }) : null}
        {input.busy !== 'reading' && input.text ? (
          <>
            {input.fileName ? <span>{t('fromFile', { file: input.fileName })}</span> : null}
            <span>{t('chars', { count: input.text.length })}</span>
          </>
        ) : null}
      </p>
      {fromPage ? <p className="byo-note">{t('pageExtracted')}</p> : null}
      {input.htmlConverted && !fromPage ? <p className="byo-note">{t('htmlConverted')}</p> : null}
      {input.result && !input.result.langConfident && !input.langOverride ? (
        <p className="byo-note">{t('langCheck')}</p>
      ) : null}
      {input.result?.frontMatterProblems?.length ? (
        // What the command and the corpus refuse the file for: here the text is kept and those values left out.
        <p className="byo-note">
          {t('frontMatterIgnored', {
            fields: input.result.frontMatterProblems.map((p) => p.field).join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
      {frontMatterSide === OTHER[side] ? (
        <p className="byo-note">
          {fromPage && issuer
            ? t('otherSidePage', { side: t(`side.${OTHER[side]}`), issuer: pick(issuer, lang) })
            : t('otherSide', { side: t(`side.${OTHER[side]}`) })}
        </p>
      ) : null}
      {input.error ? (
        <StatusMessage id={errorId} tone="error" className="error">
          {ingestErrorMessage(t, input.error, errorName, pastedError)}
        </StatusMessage>
      ) : null}
    </section>
  );
});

function LangPicker({ input }: { input: SideEditor }) {
  const { t } = useTranslation('byo');
  const id = useId();
  if (!input.lang) return null;
  return (
    <span className="byo-lang">
      <label htmlFor={id}>{t('lang')}</label>{' '}
      <select id={id} value={input.lang} onChange={(event) => input.setLang(event.target.value as Lang)}>
        <option value="zh">{t('langName.zh')}</option>
        <option value="en">{t('langName.en')}</option>
      </select>
      {input.langOverride ? null : <span className="byo-detected"> ({t('langDetected')})</span>}
    </span>
  );
}
