// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

/*
 * Back from a meeting finds the list where the reader left it (issue 10). jsdom lays nothing out: the page's
 * height and the scroll position are stubbed, and scrollTo is recorded.
 */

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function fakeScroll() {
  let y = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => 10_000 });
  const scrollTo = vi.fn((_x: number, top: number) => {
    y = top;
  });
  window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
  return {
    scrollTo,
    scroll(to: number) {
      y = to;
      window.dispatchEvent(new Event('scroll'));
    },
  };
}

describe('Back to the meeting list', () => {
  it('restores where the reader was, and puts focus on the meeting link they followed', async () => {
    const page = fakeScroll();
    await renderApp('#/', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => page.scroll(2400));
    act(() => vi.advanceTimersByTime(200));
    vi.useRealTimers();

    await act(async () => {
      window.location.hash = '#/meeting/2024-01-10-liu-finer';
      await new Promise((done) => window.addEventListener('hashchange', done, { once: true }));
    });
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Liu Jianchao meets Jon Finer' },
      { timeout: 10000 },
    );
    expect(page.scrollTo).toHaveBeenLastCalledWith(0, 0);

    await act(async () => {
      window.history.back();
      await new Promise((done) => window.addEventListener('hashchange', done, { once: true }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await waitFor(() => expect(page.scrollTo).toHaveBeenLastCalledWith(0, 2400));
    expect(document.activeElement).toHaveAttribute('href', '#/meeting/2024-01-10-liu-finer');
  });
});
