import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../core/compare/types';
import type { Lang, Side } from '../../core/model';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import type { ClaimEvidence, EvidenceQuote, SideEvidence } from '../../core/view/claim-evidence';
import { localeTag } from '../../core/view/format';
import { correctionErrorKey } from './correction-error';

const SIDES: readonly [Side, Side] = ['cn', 'us'];

export type OnVerdict = (side: 0 | 1, sentence: number, verdict: Verdict) => Promise<NotesErrorCode | null>;

function Quote({ quote, lang }: { quote: EvidenceQuote; lang: Lang }) {
  const { t } = useTranslation();
  if (!quote.parts) return <span className="evidence-pending">{t('evidence.textPending')}</span>;
  return (
    <q className="evidence-quote" lang={localeTag(lang)}>
      {quote.parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positions in one fixed sentence
          <mark key={i} className={`evidence-${part.mark}`}>
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positions in one fixed sentence
          <span key={i}>{part.text}</span>
        ),
      )}
    </q>
  );
}

/** A candidate sentence with the reader's two answers; a failed write is said beside them. */
function Candidate(props: { quote: EvidenceQuote; lang: Lang; topic: string; onVerdict?: OnVerdict }) {
  const { t } = useTranslation();
  const { quote, lang, topic, onVerdict } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<NotesErrorCode | null>(null);
  const answer = async (verdict: Verdict) => {
    if (!onVerdict) return;
    setBusy(true);
    const code = await onVerdict(quote.side, quote.sentence, verdict);
    setBusy(false);
    setError(code);
  };
  return (
    <span className="evidence-candidate">
      <Quote quote={quote} lang={lang} />
      {onVerdict ? (
        <span className="evidence-answer">
          <span className="evidence-question">{t('evidence.question', { topic })}</span>
          <button type="button" className="button-small" disabled={busy} onClick={() => answer('present')}>
            {t('evidence.yes', { topic })}
          </button>
          <button type="button" className="button-small" disabled={busy} onClick={() => answer('absent')}>
            {t('evidence.no')}
          </button>
        </span>
      ) : null}
      {error ? (
        <span className="evidence-error" role="alert">
          {t(correctionErrorKey(error))}
        </span>
      ) : null}
    </span>
  );
}

function SideBlock(props: {
  i: 0 | 1;
  evidence: SideEvidence;
  lang: Lang;
  topic: string;
  onVerdict?: OnVerdict;
}) {
  const { t } = useTranslation();
  const { i, evidence, lang, topic, onVerdict } = props;
  const side = t(`side.${SIDES[i]}`);
  let body: ReactNode;
  if (evidence.kind === 'mentions') {
    const more = evidence.count - evidence.quotes.length;
    body = (
      <>
        <span className="evidence-line">{t('evidence.mentions', { count: evidence.count })}</span>
        {evidence.quotes.map((quote) => (
          <span key={quote.sentence} className="evidence-mention">
            <Quote quote={quote} lang={lang} />
            {quote.byReader ? <span className="evidence-note">{t('evidence.byReader')}</span> : null}
          </span>
        ))}
        {more > 0 ? <span className="evidence-note">{t('evidence.more', { count: more })}</span> : null}
      </>
    );
  } else if (evidence.kind === 'candidates') {
    body = (
      <>
        <span className="evidence-line">{t('evidence.candidates')}</span>
        {evidence.quotes.map((quote) => (
          <Candidate key={quote.sentence} quote={quote} lang={lang} topic={topic} onVerdict={onVerdict} />
        ))}
      </>
    );
  } else {
    body = (
      <>
        <span className="evidence-line">{t(`evidence.none.${evidence.completeness}`)}</span>
        {evidence.rejected > 0 ? (
          <span className="evidence-note">{t('evidence.rejected', { count: evidence.rejected })}</span>
        ) : null}
      </>
    );
  }
  return (
    <span className={`evidence-side side-${SIDES[i]} is-${evidence.kind}`}>
      <span className="evidence-side-name">{side}</span>
      {body}
    </span>
  );
}

/** The evidence of one claim: sides with mentions first, then the silent side's candidates or why none. */
export function EvidenceBody(props: {
  evidence: ClaimEvidence;
  claim: string;
  topic: string;
  langs: readonly [Lang, Lang];
  onVerdict?: OnVerdict;
}) {
  const { t } = useTranslation();
  const { evidence, claim, topic, langs, onVerdict } = props;
  const order = ([0, 1] as const)
    .slice()
    .sort(
      (x, y) => Number(evidence.sides[y].kind === 'mentions') - Number(evidence.sides[x].kind === 'mentions'),
    );
  return (
    <>
      <span className="evidence-claim">
        {claim}
        {evidence.checked ? <span className="checked-note">{t('evidence.checked')}</span> : null}
      </span>
      {order.map((i) => (
        <SideBlock
          key={i}
          i={i}
          evidence={evidence.sides[i]}
          lang={langs[i]}
          topic={topic}
          onVerdict={onVerdict}
        />
      ))}
    </>
  );
}
