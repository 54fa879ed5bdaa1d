import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../../src/core/ingest/html-to-text';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The body of a corpus readout file (after its front matter). */
function corpusBody(path: string): string {
  const raw = readFileSync(resolve(ROOT, 'readouts', path), 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

const HOSTILE = `<!DOCTYPE html>
<html><head><title>Readout &amp; test</title>
<script>window.__pwned = true; document.write('<p>injected</p>')</script>
<style>body { display: none }</style></head>
<body onload="alert('onload')">
<header><nav><a href="/">Home</a> <a href="javascript:alert(1)">Briefing Room</a></nav></header>
<main>
<h1>Readout of a test meeting</h1>
<p onclick="alert('click')" onmouseover="steal()">The two sides held <b>candid</b> talks.<img src="x" onerror="alert('img')"></p>
<p>Visit <a href="javascript:alert(document.cookie)">our page</a> for more.</p>
<noscript><p>Please enable JavaScript</p></noscript>
<template><p>template content</p></template>
<iframe src="https://evil.example"><p>frame fallback</p></iframe>
<svg><script>alert('svg')</script><text>svg text</text></svg>
<form><input value="form value"><button>Submit form</button></form>
<p>&lt;script&gt;alert("escaped")&lt;/script&gt; is quoted as text.</p>
</main>
<aside>Related stories</aside>
<footer>Copyright footer</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps only the text of a hostile page: no script, handler, link target or navigation', () => {
    const { text } = htmlToText(HOSTILE);
    expect(text).toBe(
      [
        'Readout of a test meeting',
        'The two sides held candid talks.',
        'Visit our page for more.',
        '<script>alert("escaped")</script> is quoted as text.',
      ].join('\n\n'),
    );
    // Escaped markup is text the page showed, so it stays as text; nothing else of the attack does.
    const rest = text.replace('<script>alert("escaped")</script>', '');
    expect(rest).not.toMatch(/pwned|alert|onerror|onclick|javascript:|Home|Related|Copyright|enable/);
    expect(rest).not.toMatch(/injected|template content|frame fallback|svg text|form value|Submit form|[<>]/);
  });

  it('returns the page title and never a tag', () => {
    const result = htmlToText(HOSTILE);
    expect(result.title).toBe('Readout & test');
    expect(htmlToText('<p>a <i>b</i> <span style="color:red">c</span></p>').text).toBe('a b c');
  });

  it('turns paragraphs, divs, headings and list items into paragraphs and <br> into a line break', () => {
    const html = '<h2>Title</h2><div>First<br>second line</div><ul><li>one</li><li>two</li></ul><p>end</p>';
    expect(htmlToText(html).text).toBe('Title\n\nFirst\nsecond line\n\none\n\ntwo\n\nend');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>&ldquo;AT&amp;T&rdquo; &#20013;&#x56FD; &nbsp;x</p>').text).toBe('“AT&T” 中国 x');
  });

  it('joins a Chinese sentence that the HTML source wrapped across lines', () => {
    expect(htmlToText('<p>双方认为，应继续\n    共同努力。</p>').text).toBe('双方认为，应继续共同努力。');
  });

  it('prefers <main> over the rest of the page', () => {
    const html = `<div>Site menu with many links and words here</div><main><p>${'Readout text. '.repeat(5)}</p></main><div>More site chrome</div>`;
    expect(htmlToText(html).text).toBe('Readout text. '.repeat(5).trim());
  });

  it('falls back to the whole body when <main> is a small fragment', () => {
    const html = `<main><p>x</p></main><div>${'Real readout words. '.repeat(20)}</div>`;
    expect(htmlToText(html).text).toContain('Real readout words.');
  });

  it('drops hidden elements', () => {
    expect(htmlToText('<p>shown</p><p hidden>secret</p><p style="display: none">gone</p>').text).toBe(
      'shown',
    );
  });

  it('reads the page address from a canonical link but never from a javascript: URL', () => {
    expect(htmlToText('<link rel="canonical" href="https://www.whitehouse.gov/x/"><p>t</p>').url).toBe(
      'https://www.whitehouse.gov/x/',
    );
    expect(htmlToText('<link rel="canonical" href="javascript:alert(1)"><p>t</p>').url).toBeUndefined();
    expect(htmlToText('<!-- saved from url=(0022)https://example.org/ --><p>t</p>').url).toBe(
      'https://example.org/',
    );
  });

  it('gives back a corpus readout wrapped in a saved page paragraph for paragraph', () => {
    const body = corpusBody('2024-01-10-liu-finer/us-wh-en-rfi.md');
    const paragraphs = body.split(/\n\n+/);
    const page = `<html><body><nav>Menu</nav><article>${paragraphs.map((p) => `<p>\n  ${p}\n</p>`).join('\n')}</article><footer>f</footer></body></html>`;
    expect(htmlToText(page).text).toBe(paragraphs.join('\n\n'));
  });

  it('survives broken markup', () => {
    // Stray end tags are ignored, as a browser does: "three" stays in the second paragraph.
    expect(htmlToText('<p>one<p>two</div></span><b>three').text).toBe('one\n\ntwothree');
    expect(htmlToText('<script>never closed <p>x</p>').text).toBe('');
    expect(htmlToText('').text).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and tag-rich fragments, not prose with a stray <', () => {
    expect(looksLikeHtml('<!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('  <html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<p>a</p><p>b</p><br>')).toBe(true);
    expect(looksLikeHtml('Growth was < 5% and > 3%.')).toBe(false);
  });
});
