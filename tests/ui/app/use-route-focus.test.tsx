// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRoute } from '../../../src/core/view/route';
import { useRouteFocus } from '../../../src/ui/app/use-route-focus';

/** A page at `hash`: its main region and heading, with the hook under test. */
function Page({ hash }: { hash: string }) {
  const main = useRef<HTMLElement>(null);
  const route = parseRoute(hash);
  useRouteFocus(route, main);
  return (
    <main ref={main}>
      <h1>{route.name === 'meeting' ? `Meeting ${route.id}` : 'Meetings'}</h1>
    </main>
  );
}

let scrollTo: ReturnType<typeof vi.fn>;

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '');
  scrollTo = vi.fn();
  vi.stubGlobal('scrollTo', scrollTo);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Follows a link from the list to `hash`. */
function navigate(hash: string) {
  const { rerender } = render(<Page hash="#/" />);
  rerender(<Page hash={hash} />);
}

describe('useRouteFocus', () => {
  it('starts a page the reader moves to at its top, focus on its heading', () => {
    navigate('#/meeting/a');
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(screen.getByRole('heading', { level: 1, name: 'Meeting a' })).toHaveFocus();
  });

  it('leaves the scrolling to the page for a link to a topic', () => {
    navigate('#/meeting/a?topic=taiwan');
    expect(scrollTo).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('does the same for a link to a sentence (s=), as the across-meetings ledger’s cells give', () => {
    navigate('#/meeting/a?cn=x&us=y&s=us:3');
    expect(scrollTo).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
