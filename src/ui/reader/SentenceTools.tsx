import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyzedSentence } from '../../core/compare/types';
import type { Lang, Side } from '../../core/model';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { localeTag } from '../../core/view/format';
import { sentenceTopics } from '../../core/view/sentence-topics';
import { useAppData } from '../app/app-data';
import { correctionErrorKey } from './correction-error';
import { useTopicLabel } from './use-claims';
import { useVerdictActions } from './verdict-context';

/** Frames to wait for the control a change renders before focusing the one there is. */
const FOCUS_FRAMES = 10;

const SIDES: readonly [Side, Side] = ['cn', 'us'];
/** How much of the sentence the tools quote to say which one they are about. */
const QUOTE = 48;

interface Props {
  side: 0 | 1;
  sentence: AnalyzedSentence;
  lang: Lang;
}

interface ChipActionProps {
  className: string;
  /** The topic it acts on: after a change, focus goes to the control that then stands for it. */
  topicId: string;
  label: string;
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A topic chip's button (remove, undo). */
function ChipAction({ className, topicId, label, busy, onClick, children }: ChipActionProps) {
  return (
    <button
      type="button"
      className={className}
      data-topic-action={topicId}
      disabled={busy}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * The reader's corrections of one sentence's topics: each topic with a remove button, the topics the reader
 * took off with an undo, and a select of the lexicon's other topics to add. Every change is a verdict the whole
 * page follows at once; a failed write is said here.
 */
export function SentenceTools({ side, sentence, lang }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const { lexicon } = useAppData();
  const labelOf = useTopicLabel(lexicon);
  const actions = useVerdictActions();
  const selectId = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<NotesErrorCode | null>(null);
  const view = useMemo(() => sentenceTopics(sentence, lexicon.topics), [sentence, lexicon]);
  const quote = sentence.text.length > QUOTE ? `${sentence.text.slice(0, QUOTE)}…` : sentence.text;

  if (!actions) return null;
  /** Runs one change, then puts focus on the control that now stands for the topic. */
  const run = async (topicId: string, change: () => Promise<NotesErrorCode | null>) => {
    const control = () =>
      root.current?.querySelector<HTMLElement>(`[data-topic-action="${topicId}"]`) ?? null;
    const before = control();
    setBusy(true);
    const code = await change();
    setBusy(false);
    setError(code);
    // The change renders a frame or two later (the store is saved, then the page re-renders): wait for the new
    // control, or, where the same one stays (a failed change), give it focus after a few frames.
    let frames = FOCUS_FRAMES;
    const attempt = () => {
      const now = control();
      if (now && (now !== before || frames === 0)) now.focus();
      else if (frames-- > 0) window.requestAnimationFrame(attempt);
    };
    window.requestAnimationFrame(attempt);
  };
  const remove = (id: string) => run(id, () => actions.setVerdict(side, sentence.index, id, 'absent'));
  const undo = (id: string) => run(id, () => actions.clearVerdict(side, sentence.index, id));
  const add = () => {
    const id = adding;
    if (!id) return;
    setAdding('');
    void run(id, () => actions.setVerdict(side, sentence.index, id, 'present'));
  };

  return (
    <fieldset
      ref={root}
      className={`sentence-tools side-${SIDES[side]}`}
      aria-label={t('tools.label', { side: t(`common:side.${SIDES[side]}`) })}
    >
      <span className="tools-sentence">
        <span className="tools-side">{t(`common:side.${SIDES[side]}`)}</span>{' '}
        <q lang={localeTag(lang)}>{quote}</q>
      </span>
      <span className="tools-topics">
        <span className="tools-lead">{t('tools.topics')}</span>
        {view.current.length === 0 ? <span className="tools-none">{t('tools.none')}</span> : null}
        {view.current.map(({ id, byReader }) => (
          <span key={id} className={`topic-chip${byReader ? ' is-added' : ''}`}>
            {labelOf(id)}
            {byReader ? <span className="chip-note">{t('tools.added')}</span> : null}
            <ChipAction
              className="chip-remove"
              topicId={id}
              label={t('tools.remove', { topic: labelOf(id) })}
              busy={busy}
              onClick={() => remove(id)}
            >
              <span aria-hidden="true">×</span>
            </ChipAction>
          </span>
        ))}
        {view.removed.map(({ id, candidate }) => (
          <span key={id} className="topic-chip is-removed">
            <s>{labelOf(id)}</s>
            <span className="chip-note">{candidate ? t('tools.rejected') : t('tools.removed')}</span>
            <ChipAction
              className="button-small"
              topicId={id}
              label={t('tools.undo', { topic: labelOf(id) })}
              busy={busy}
              onClick={() => undo(id)}
            >
              {t('tools.undoShort')}
            </ChipAction>
          </span>
        ))}
      </span>
      <span className="tools-add">
        <label htmlFor={selectId}>{t('tools.addLabel')}</label>
        <select id={selectId} value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">{t('tools.choose')}</option>
          {view.addable.map((id) => (
            <option key={id} value={id}>
              {labelOf(id)}
            </option>
          ))}
        </select>
        <button type="button" className="button-small" disabled={busy || adding === ''} onClick={add}>
          {t('tools.add')}
        </button>
      </span>
      {error ? (
        <span className="tools-error" role="alert">
          {t(`common:${correctionErrorKey(error)}`)}
        </span>
      ) : null}
    </fieldset>
  );
}
