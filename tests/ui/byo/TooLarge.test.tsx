// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareInWorker } from '../../../src/browser/compare-worker-client';
import { refreshUserMeetings, userMeetingsSnapshot } from '../../../src/browser/user-meetings';
import { AlignLimitError } from '../../../src/core/compare/align-band';
import { NewComparisonPage } from '../../../src/ui/byo/NewComparisonPage';
import { CN_TEXT, renderPage, US_TEXT } from './byo-harness';

vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub'));
// The worker refuses the pair past the aligner's limit; reading the texts stays the real one.
vi.mock('../../../src/browser/compare-worker-client', async (original) => ({
  ...(await original<typeof import('../../../src/browser/compare-worker-client')>()),
  compareInWorker: vi.fn(async () => {
    throw new AlignLimitError('band-too-narrow', [45_000, 44_000], 8_000_000);
  }),
}));

afterEach(cleanup);

/** Pastes a pair long enough to be compared in the worker before saving, and presses Compare. */
async function compareLongPair(lang: 'en' | 'zh') {
  const user = userEvent.setup();
  await renderPage(<NewComparisonPage />, { lang });
  await user.click(
    screen.getByRole('textbox', { name: lang === 'en' ? 'Chinese-side readout text' : '中方纪要文本' }),
  );
  await user.paste(CN_TEXT);
  await user.click(
    screen.getByRole('textbox', { name: lang === 'en' ? 'US-side readout text' : '美方纪要文本' }),
  );
  await user.paste(`${US_TEXT}\n${'The two sides met again.\n'.repeat(1000)}`);
  await user.click(screen.getByRole('button', { name: lang === 'en' ? 'Compare' : '对读' }));
  return screen.findByText(
    /too long to compare|文本过长/,
    { selector: '[role="alert"]' },
    { timeout: 10000 },
  );
}

describe('bring your own: a pair too large to align', () => {
  it('says how large it is and what to do, and saves nothing', async () => {
    const alert = await compareLongPair('en');
    expect(alert).toHaveTextContent(
      "These texts are too long to compare with each other: the Chinese side's text has 45,000 sentences and the US side's 44,000, too many to line up.",
    );
    expect(alert).toHaveTextContent('Split the long text and compare it part by part, or compare excerpts');
    expect(alert).not.toHaveTextContent('failed');
    expect(vi.mocked(compareInWorker)).toHaveBeenCalled();
    await refreshUserMeetings();
    expect(userMeetingsSnapshot().meetings).toEqual([]);
  });

  it('in Chinese', async () => {
    const alert = await compareLongPair('zh');
    expect(alert).toHaveTextContent('中方文本有 45,000 句，美方文本有 44,000 句');
    expect(alert).toHaveTextContent('请将过长的文本拆成几部分分别对读，或只对读节选');
  });
});
