// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetUserMeetingsForTests, saveUserMeeting } from '../../../src/browser/user-meetings';
import { closeMeetingsDb } from '../../../src/browser/user-meetings-db';
import type { CompareInput } from '../../../src/core/compare/types';
import type { LexiconData } from '../../../src/core/lexicon/lexicon-data';
import type { Meeting } from '../../../src/core/model';
import { compareInputOf, defaultTextOf } from '../../../src/core/view/text-choice';
import { i18n } from '../../../src/i18n';
import { App } from '../../../src/ui/App';
import { corpusData } from '../../../src/ui/app/corpus';

/*
 * The reader's own meetings have no entry from the build: the list compares them through the compare worker
 * (its tasks here record what they are asked), after its first paint, never with the engine on the page's
 * thread.
 */

const engine = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/core/compare/compare-readouts', async (original) => {
  const actual = await original<typeof import('../../../src/core/compare/compare-readouts')>();
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      engine.calls += 1;
      return fn(...args);
    };
  return {
    ...actual,
    compareReadouts: counted(actual.compareReadouts),
    prepareCompare: counted(actual.prepareCompare),
  };
});

// What the compare worker runs (where Workers are missing, as in this test DOM, the client runs it here): the
// engine's own copy, not the module the page would load.
const worker = vi.hoisted(() => ({ asked: [] as [unknown, unknown][] }));
vi.mock('../../../src/browser/compare-tasks', async (original) => {
  const actual = await original<typeof import('../../../src/browser/compare-tasks')>();
  const engineCopy = await vi.importActual<typeof import('../../../src/core/compare/compare-readouts')>(
    '../../../src/core/compare/compare-readouts',
  );
  const { compileLexicon } = await vi.importActual<
    typeof import('../../../src/core/lexicon/compile-lexicon')
  >('../../../src/core/lexicon/compile-lexicon');
  return {
    ...actual,
    runCompare: async (a: CompareInput, b: CompareInput, data: LexiconData) => {
      worker.asked.push([a, b]);
      return engineCopy.compareReadouts(a, b, compileLexicon(data));
    },
  };
});

afterEach(async () => {
  cleanup();
  await closeMeetingsDb();
  resetUserMeetingsForTests();
});

function ownMeeting(): Meeting {
  const base = corpusData().meetings.find((m) => m.id === '2023-06-14-qin-blinken');
  if (!base) throw new Error('no Qin–Blinken meeting in the corpus');
  return { ...base, id: 'user-own-call', origin: 'user', title: { en: 'My own call', zh: '我的通话' } };
}

describe('the list with meetings of the reader’s own', () => {
  it('compares each of them in the worker, on its default texts, and shows it in the grid', async () => {
    globalThis.indexedDB = new IDBFactory();
    const own = ownMeeting();
    await saveUserMeeting(own);
    await closeMeetingsDb();
    resetUserMeetingsForTests();
    window.location.hash = '#/';
    await i18n.changeLanguage('en');
    engine.calls = 0;
    render(<App data={corpusData()} />);

    const card = await screen.findByRole('article', { name: 'My own call' }, { timeout: 10000 });
    expect(within(card).getByText('Your own')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: /Topics mentioned by the Chinese side and the US side/ });
    expect(within(grid).getByRole('link', { name: /^Open My own call on Taiwan/ })).toBeInTheDocument();

    const a = compareInputOf(defaultTextOf(own, 'cn'), 'cn');
    const b = compareInputOf(defaultTextOf(own, 'us'), 'us');
    expect(worker.asked).toEqual([[a, b]]);
    expect(engine.calls).toBe(0);
  });
});
