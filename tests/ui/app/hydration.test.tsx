// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useHydrated } from '../../../src/ui/app/use-hydrated';
import { useHashRoute } from '../../../src/ui/router/use-hash-route';

/*
 * The list is prerendered at build time and hydrated in the browser (see src/main.tsx). What the hydrating
 * render reads must equal what the prerender read, or React renders the tree again right after hydrating: in
 * one synchronous task, the long task this work is meant to avoid.
 */

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** Hydrates `element` over the HTML `renderToString` makes of it (as main.tsx does with the built page). */
async function hydrate(element: React.ReactElement, html: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, element, { onRecoverableError: (error) => errors.push(error) });
  });
  // Give React every chance to render again (a store snapshot that changed after hydrating would).
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(errors).toEqual([]);
  return container;
}

const renders: string[] = [];

function Page() {
  const route = useHashRoute();
  renders.push(route.name);
  return <p>{route.name}</p>;
}

const seen: boolean[] = [];

function Probe() {
  const value = useHydrated();
  seen.push(value);
  return <p>{value ? 'browser' : 'prerendered'}</p>;
}

describe('hydrating the prerendered list', () => {
  it('renders the router’s page once: the hash it hydrates with is the browser’s own', async () => {
    window.location.hash = '#/';
    const html = renderToString(<Page />);
    renders.length = 0;
    const container = await hydrate(<Page />, html);
    expect(renders).toEqual(['list']); // the hydrating render, and no other
    expect(container.textContent).toBe('list');
  });

  it('hydrates with the prerender’s value of what only the browser knows, then takes the browser’s', async () => {
    // The early script's mark of a page loaded on the list's address, which main.tsx hydrates.
    document.documentElement.setAttribute('data-route', 'list');
    seen.length = 0;
    const container = await hydrate(<Probe />, renderToString(<Probe />));
    expect(seen.slice(0, 2)).toEqual([false, false]); // the prerender, and the hydration: the same markup
    await waitFor(() => expect(container.textContent).toBe('browser'));
  });

  it('gives a list mounted after that (a later visit to the list) the browser’s value from its first render', () => {
    render(<Probe />);
    expect(screen.getByText('browser')).toBeInTheDocument();
  });
});
