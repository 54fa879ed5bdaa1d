import { describe, expect, it } from 'vitest';
import { type HtmlElement, isElement, parseHtml } from '../../../src/core/extract/dom';
import { elementParagraphs } from '../../../src/core/extract/element-text';
import { cleanParagraphs } from '../../../src/core/extract/paragraphs';
import { parseSelector } from '../../../src/core/extract/selector';

function body(html: string): HtmlElement {
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  const found = doc.children
    .filter(isElement)
    .flatMap((el) => el.children.filter(isElement))
    .find((el) => el.name === 'body');
  if (!found) throw new Error('no body');
  return found;
}

describe('an element’s paragraphs', () => {
  it('ends a paragraph at block elements and <br>, collapses inline whitespace, decodes entities', () => {
    const el = body(
      '<div><p>One  <b>bold</b>\n word &amp; more</p>Two<br>Three<br/><br/>Four<ul><li>Five</li></ul></div>',
    );
    expect(elementParagraphs(el)).toEqual(['One bold word & more', 'Two', 'Three', 'Four', 'Five']);
  });

  it('joins a source line break between Chinese characters and trims ideographic indents', () => {
    const el = body('<p>　　双方同意保持\n沟通，\n妥善处理分歧。</p><p>The line\nbreak stays a space.</p>');
    expect(elementParagraphs(el)).toEqual([
      '双方同意保持沟通，妥善处理分歧。',
      'The line break stays a space.',
    ]);
  });

  it('leaves out scripts, styles, forms, images, hidden elements and what the rule drops', () => {
    const el = body(`<p>Kept.</p><script>var x = "script text";</script><style>p{}</style>
      <form><button>Send</button></form><p hidden>Hidden.</p><p style="display: none">None.</p>
      <p aria-hidden="true">Aria.</p><div class="share-bar"><p>Share this</p></div><p>Also kept.</p>`);
    expect(elementParagraphs(el, [parseSelector('[class*=share]')])).toEqual(['Kept.', 'Also kept.']);
  });

  it('survives a page nested thousands of levels deep', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}`;
    expect(elementParagraphs(body(deep))).toEqual(['deep text']);
  });
});

describe('cleaning the paragraphs of a body', () => {
  const dropText = [/^[（(【[]?\s*责任编辑\s*[:：]/iu, /^#{3}$/iu, /^(print|share)$/iu];

  it('drops short furniture lines, datelines and the repeated headline, keeps real text', () => {
    const paragraphs = [
      'Readout of the Call',
      '2024-01-10 12:00 来源：外交部网站',
      'The two sides spoke.',
      'Print',
      '（责任编辑：某某）',
      '###',
    ];
    expect(cleanParagraphs(paragraphs, { dropText, title: 'Readout of  the Call' })).toEqual([
      'The two sides spoke.',
    ]);
  });

  it('never drops a long paragraph, even one that starts like furniture', () => {
    const long = `Share ${'of the burden was discussed at length by both delegations, '.repeat(3)}`.trim();
    expect(cleanParagraphs([long], { dropText: [/^share/iu] })).toEqual([long]);
  });
});
