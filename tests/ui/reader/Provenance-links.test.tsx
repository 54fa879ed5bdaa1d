// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReadoutText } from '../../../src/core/model';
import { i18n } from '../../../src/i18n';
import { Provenance } from '../../../src/ui/reader/Provenance';

afterEach(cleanup);

beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces(['reader', 'common']);
});

// A test text, not an official one: only its links matter here.
function text(url: string, quotedUrl: string): ReadoutText {
  return {
    id: 'us-en',
    side: 'us',
    lang: 'en',
    kind: 'original',
    issuer: { en: 'Test Office', zh: 'Test Office' },
    completeness: 'full',
    source: { title: 'Test readout', url },
    quotedIn: [{ seed: 'test.txt', outlet: { en: 'Test Outlet', zh: 'Test Outlet' }, url: quotedUrl }],
    text: 'The two sides held test talks.',
  };
}

describe('Provenance links', () => {
  it('links http(s) sources and quoting articles', () => {
    render(<Provenance text={text('https://example.org/readout', 'http://example.org/article')} />);
    expect(screen.getByRole('link', { name: 'Test readout' })).toHaveAttribute(
      'href',
      'https://example.org/readout',
    );
    expect(screen.getByRole('link', { name: 'Test Outlet' })).toHaveAttribute(
      'href',
      'http://example.org/article',
    );
  });

  it('shows any other address as plain text, never as a link', () => {
    render(<Provenance text={text('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>')} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Test readout')).toBeInTheDocument();
    expect(screen.getByText('Test Outlet')).toBeInTheDocument();
  });
});
