import { describe, expect, it } from 'vitest';
import { parseHtml, rawText, squash } from '../../../src/core/extract/dom';
import { findFallbackBody } from '../../../src/core/extract/fallback-body';
import { issuerRules } from './data';

const drop = () => issuerRules().common.drop;
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the readout says what the two sides discussed, where they agreed, and where they did not.</p>`;

describe('the general fallback (a readability-like scorer)', () => {
  it('picks the densest block of prose over menus, link lists, a cookie banner and a footer', () => {
    const doc = parseHtml(`<html><body>
      <div class="cookies">We use cookies to understand how visitors use this site, and you may change that later.</div>
      <ul class="menu">${'<li><a href="/x">A long menu entry that is only a link to elsewhere</a></li>'.repeat(8)}</ul>
      <div class="x1"><div id="story">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div></div>
      <div class="sidebar">${paragraph(4)}</div>
      <div class="y2"><p>Copyright notice of the site, with an address, a phone number and a privacy link.</p></div>
    </body></html>`);
    const best = findFallbackBody(doc, drop());
    expect(best?.attribs.id).toBe('story');
  });

  it('takes a <div> that holds its text itself, paragraphs separated by <br>', () => {
    const text = '双方就共同关心的问题坦诚交换了意见，同意保持沟通，妥善处理分歧，推动关系稳定发展。';
    const doc = parseHtml(`<html><body><table><tr><td><a href="/">首页</a></td></tr><tr><td>
      <div id="zoom">${text}<br>${text}<br>${text}</div></td></tr></table></body></html>`);
    expect(findFallbackBody(doc, drop())?.attribs.id).toBe('zoom');
  });

  it('finds no readout on a page of links or a near-empty page', () => {
    const links = parseHtml(
      `<html><body><main><h1>News</h1><ul>${'<li><a href="/a">A headline that links to a readout somewhere else on the site</a></li>'.repeat(12)}</ul></main></body></html>`,
    );
    expect(findFallbackBody(links, drop())).toBeNull();
    const empty = parseHtml('<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>');
    expect(findFallbackBody(empty, drop())).toBeNull();
  });

  it('does not score text inside the page header, footer or aside', () => {
    const doc = parseHtml(`<html><body><footer>${paragraph(1)}${paragraph(2)}${paragraph(3)}</footer>
      <div id="short">${paragraph(9)}${paragraph(10)}</div></body></html>`);
    const best = findFallbackBody(doc, drop());
    expect(best?.attribs.id).toBe('short');
    expect(squash(rawText(best ?? doc))).toContain('Paragraph 9');
  });
});
