// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareInWorker } from '../../../src/browser/compare-worker-client';
import { AlignLimitError } from '../../../src/core/compare/align-band';
import type { Meeting } from '../../../src/core/model';
import { i18n } from '../../../src/i18n';
import { App } from '../../../src/ui/App';
import { corpusData, whenLexiconReady } from '../../../src/ui/app/corpus';
import { loadMeetingPage } from '../../../src/ui/reader/load-meeting-page';

// The worker refuses the pair as too large to align, as the engine does past its limit (the client rebuilds the
// typed error from the worker's reply).
vi.mock('../../../src/browser/compare-worker-client', async (original) => ({
  ...(await original<typeof import('../../../src/browser/compare-worker-client')>()),
  compareInWorker: vi.fn(async () => {
    throw new AlignLimitError('too-many-sentences', [60_000, 2], 50_000);
  }),
}));

afterEach(cleanup);

const ID = 'user-2031-03-05-huge-ab12';

function ownMeeting(): Meeting {
  const text = (side: 'cn' | 'us', lang: 'zh' | 'en', body: string) => ({
    id: `${side}-own`,
    side,
    lang,
    kind: 'original' as const,
    issuer: { en: 'Issuer', zh: '发布方' },
    completeness: 'full' as const,
    source: {},
    quotedIn: [],
    text: body,
  });
  return {
    id: ID,
    date: '2031-03-05',
    format: 'phone',
    title: { en: 'A very long call', zh: '很长的通话' },
    participants: [],
    readouts: [text('cn', 'zh', '双方通电话。'), text('us', 'en', 'The two sides spoke.')],
    missing: [],
    origin: 'user',
  };
}

async function openOwn(lang: 'en' | 'zh') {
  await loadMeetingPage();
  window.location.hash = `#/meeting/${ID}`;
  await i18n.changeLanguage(lang);
  // The corpus lexicon, so the page compares in the worker as the app does.
  const { lexicon } = corpusData();
  await whenLexiconReady(lexicon);
  render(<App data={{ meetings: [ownMeeting()], lexicon }} />);
  return screen.findByText(
    /too long to compare|文本过长/,
    { selector: '[role="alert"]' },
    { timeout: 10000 },
  );
}

describe('a pair too large to align, refused in the worker', () => {
  it('says how large it is and what to do, instead of an error code', async () => {
    const alert = await openOwn('en');
    expect(alert).toHaveTextContent(
      "These texts are too long to compare: the Chinese side's text has 60,000 sentences and the US side's 2; a text can have at most 50,000.",
    );
    expect(alert).toHaveTextContent('Split the long text and compare it part by part, or compare excerpts');
    expect(alert).not.toHaveTextContent('error');
    expect(vi.mocked(compareInWorker)).toHaveBeenCalled();
  });

  it('in Chinese', async () => {
    const alert = await openOwn('zh');
    expect(alert).toHaveTextContent(
      '文本过长，无法对读：中方文本有 60,000 句，美方文本有 2 句；每份文本最多 50,000 句。',
    );
    expect(alert).toHaveTextContent('请将过长的文本拆成几部分分别对读，或只对读节选');
  });
});
