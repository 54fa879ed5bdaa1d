// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n';
import { HighlightLegend } from '../../../src/ui/reader/HighlightLegend';

afterEach(cleanup);

async function legendIn(lang: 'en' | 'zh') {
  await i18n.changeLanguage(lang);
  await i18n.loadNamespaces('reader');
  render(<HighlightLegend diff={false} />);
  return screen.getByRole('list', { name: lang === 'en' ? 'What the marks mean' : '标记说明' });
}

describe('HighlightLegend', () => {
  it('explains the set phrase marks and their ◇ and ≠ toggles with samples styled as in the text', async () => {
    const legend = await legendIn('en');
    const items = within(legend).getAllByRole('listitem');
    const phrase = items.find((li) => li.textContent?.includes('its ◇ shows how the other side words it'));
    expect(phrase).toHaveTextContent('set phrase a set phrase; its ◇ shows how the other side words it');
    expect(phrase?.querySelector('.phrase-legend-mark:not(.phrase-not-equivalent)')).not.toBeNull();
    expect(phrase?.querySelector('.phrase-legend-toggle:not(.is-not-equivalent)')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    const odd = items.find((li) =>
      li.textContent?.includes("≠: the other side's rendering is not equivalent"),
    );
    expect(odd?.querySelector('.phrase-legend-mark.phrase-not-equivalent')).not.toBeNull();
    expect(odd?.querySelector('.phrase-legend-toggle.is-not-equivalent')).not.toBeNull();
    // Samples, not the text's own marks and buttons (which the notes and the tests look for).
    expect(legend.querySelector('.phrase-mark, .phrase-toggle')).toBeNull();
  });

  it('in Chinese', async () => {
    const legend = await legendIn('zh');
    expect(legend).toHaveTextContent('固定表述；点 ◇ 查看另一方的措辞');
    expect(legend).toHaveTextContent('≠：另一方的译法不对等');
  });
});
