import { describe, expect, it } from 'vitest';
import { parseHtml, rawText } from '../../../src/core/extract/dom';
import { parseSelector, SelectorError, selectAll, selectOne } from '../../../src/core/extract/selector';

const doc = parseHtml(`<html><body>
  <div id="main" class="page wide"><section class="body-content"><p class="lead">A</p><p>B</p></section></div>
  <div class="side"><p class="lead" data-kind="share-bar">C</p><a href="https://x.test/share?id=1">D</a></div>
  <time datetime="2024-01-10">E</time>
</body></html>`);

const texts = (selector: string) => selectAll(doc, parseSelector(selector)).map((el) => rawText(el).trim());

describe('the issuer rules’ selector engine', () => {
  it('matches type, id, class (several at once) and universal selectors', () => {
    expect(texts('p')).toEqual(['A', 'B', 'C']);
    expect(texts('#main p')).toEqual(['A', 'B']);
    expect(texts('div.page.wide .lead')).toEqual(['A']);
    expect(texts('div.page.side p')).toEqual([]);
    expect(texts('.side *')).toEqual(['C', 'D']);
  });

  it('matches attribute tests: presence, =, ~=, ^=, $=, *=', () => {
    expect(texts('time[datetime]')).toEqual(['E']);
    expect(texts('[data-kind=share-bar]')).toEqual(['C']);
    expect(texts('[class~=wide] .lead')).toEqual(['A']);
    expect(texts('a[href^="https://x.test"]')).toEqual(['D']);
    expect(texts("a[href$='id=1']")).toEqual(['D']);
    expect(texts('[data-kind*=share]')).toEqual(['C']);
    expect(texts('[class*=nomatch]')).toEqual([]);
  });

  it('tells the child combinator from the descendant one, and takes lists in document order', () => {
    expect(texts('#main > p')).toEqual([]);
    expect(texts('#main > section > p')).toEqual(['A', 'B']);
    expect(texts('time, .lead')).toEqual(['A', 'C', 'E']);
    expect(rawText(selectOne(doc, parseSelector('.side .lead, #main .lead')) ?? doc).trim()).toBe('A');
  });

  it('refuses what it does not support instead of silently matching nothing', () => {
    for (const bad of ['p:first-child', 'a + b', '', 'div,', '.', '#', '[x=']) {
      expect(() => parseSelector(bad), bad).toThrow(SelectorError);
    }
  });
});
