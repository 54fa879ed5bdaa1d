import { sources } from 'virtual:ledger-data';
import { lexicon as lexiconData, meetings } from 'virtual:readouts';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { CompareInput } from '../../../src/core/compare/types';
import { type MeetingLedger, meetingLedger } from '../../../src/core/ledger/meeting-ledger';
import { compileLexicon } from '../../../src/core/lexicon/compile-lexicon';
import type { Meeting } from '../../../src/core/model';
import { ledgerDataFromSources } from '../../../src/core/view/ledger-data';
import { phraseGlanceView } from '../../../src/core/view/ledger-phrase-glance';
import { phraseMarks } from '../../../src/core/view/ledger-phrase-marks';
import { compareInputOf, findText } from '../../../src/core/view/text-choice';
import { i18n } from '../../../src/i18n';
import { LedgerProviders, type TargetApi } from '../../../src/ui/ledger/ledger-context';
import type { MeetingLedgerState } from '../../../src/ui/ledger/use-meeting-ledger';

/** The shipped data and lexicon, as the build hands them to the app. */
export const data = ledgerDataFromSources(sources);
export const lexicon = compileLexicon(lexiconData);

export function corpusMeeting(id: string): Meeting {
  const found = meetings.find((m) => m.id === id);
  if (!found) throw new Error(`No corpus meeting ${id}`);
  return found;
}

/** The ledger state a meeting page holds for two texts (corpus ids) or two inputs. */
export function ledgerState(
  meetingId: string | null,
  a: string | CompareInput,
  b: string | CompareInput,
): MeetingLedgerState & { ledger: MeetingLedger; comparison: ReturnType<typeof compareReadouts> } {
  const meeting = meetingId ? corpusMeeting(meetingId) : undefined;
  const input = (x: string | CompareInput, side: 'cn' | 'us') =>
    typeof x === 'string' && meeting ? compareInputOf(findText(meeting, x), side) : (x as CompareInput);
  const ia = input(a, 'cn');
  const ib = input(b, 'us');
  const ids = [typeof a === 'string' ? a : 'text-a', typeof b === 'string' ? b : 'text-b'] as const;
  const comparison = compareReadouts(ia, ib, lexicon);
  const texts = [ia.text, ib.text] as const;
  const ledger = meetingLedger({
    comparison,
    texts,
    phrases: data.phrases,
    commitments: data.commitments,
    lexicon,
    ...(meeting ? { meeting, readoutIds: ids } : {}),
  });
  return {
    status: 'ready',
    ledger,
    data,
    texts,
    readoutIds: ids,
    marks: phraseMarks(ledger, data.phrases.data, texts),
    glance: {
      en: phraseGlanceView(ledger, data.phrases.data, 'en'),
      zh: phraseGlanceView(ledger, data.phrases.data, 'zh'),
    },
    comparison,
  };
}

/** A target whose `goTo` is a spy. */
export function spyTarget() {
  const goTo = vi.fn<(side: 0 | 1, index: number) => void>();
  const api: TargetApi & { goTo: typeof goTo } = { target: null, goTo };
  return api;
}

/** Renders `ui` in a UI language under the ledger's contexts. */
export async function renderLedger(
  ui: ReactNode,
  options: { state?: MeetingLedgerState | null; target?: TargetApi | null; lang?: 'en' | 'zh' } = {},
) {
  await i18n.changeLanguage(options.lang ?? 'en');
  await i18n.loadNamespaces(['ledger', 'reader']);
  return render(
    <LedgerProviders state={options.state ?? null} target={options.target ?? null}>
      {ui}
    </LedgerProviders>,
  );
}
