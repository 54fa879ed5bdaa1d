import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import { SentenceTools } from './SentenceTools';
import type { SentenceRef } from './use-sentence-keys';

interface Props {
  info: string | null;
  /** The sentence whose topics the reader may correct, and the comparison it belongs to. */
  selected?: SentenceRef | null;
  comparison?: Comparison;
  /** The bar's ref and handlers (see useSentenceKeys): the selection lasts while focus is in it. */
  bar?: {
    ref: RefObject<HTMLDivElement | null>;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

/**
 * A live line above the reading view: the focused (or pointed) sentence's speaker, wording and topics; above
 * it, for the sentence last selected, its topics to remove or add.
 */
export function SentenceInfo({ info, selected, comparison, bar }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const sentence = selected ? comparison?.sides[selected.side].sentences[selected.index] : undefined;
  return (
    <div className="sentence-bar" {...bar}>
      {/* The tools first: the live line below changes length with the pointer, and must not move them. */}
      {selected && sentence && comparison ? (
        <SentenceTools side={selected.side} sentence={sentence} lang={comparison.sides[selected.side].lang} />
      ) : null}
      <p className={`sentence-info${info === null ? ' is-idle' : ''}`} role="status">
        {info === null ? t('sentence.keysHint') : info || t('sentence.nothingMarked')}
      </p>
    </div>
  );
}
