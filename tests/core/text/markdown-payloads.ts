import { Parser } from 'htmlparser2';
import { marked } from 'marked';

/**
 * Hostile strings, one per payload class: raw HTML (scripts, event handlers, frames, objects, forms, styles,
 * meta refresh, base, mXSS), Markdown and HTML links and images to javascript:, data: and vbscript:
 * (plain, mixed case, spaced, entity-encoded, pointy), reference definitions, autolinks and bare addresses,
 * HTML comments, CDATA and processing instructions, entity-encoded markup, table-breaking pipes, line breaks
 * that start headings, quotes, lists, fences and indented code, emphasis and code spans, control and
 * bidirectional characters.
 */
export const PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '"><script>alert(1)</script>',
  '<x onclick=alert(1)>custom</x>',
  '<details open ontoggle=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src=javascript:alert(1)>',
  '<form action=javascript:alert(1)><input type=submit></form>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](<javascript:alert(1)>)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](https://evil.example/ "title")',
  '![img](javascript:alert(1))',
  '![img](x" onerror="alert(1))',
  '![img](https://evil.example/pixel.png)',
  '[ref]: javascript:alert(1)\n[ref]',
  '[x][ref]\n\n[ref]: https://evil.example/',
  '<javascript:alert(1)>',
  '<https://evil.example/>',
  'https://evil.example/path?q=1',
  'www.evil.example',
  'someone@evil.example',
  '<!-- hidden --><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]> <?php echo 1; ?> <!DOCTYPE html>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  'a | b | c',
  'line one\n# Heading\n> quote\n- item\n1. item\n=====',
  '```\ncode fence\n```\n    indented code',
  '`code` *em* **strong** _u_ ~~del~~ \\',
  'NUL\u0000 BEL\u0007 RLO\u202etxt.exe LS\u2028PS\u2029',
];

export interface HtmlTag {
  name: string;
  attribs: Record<string, string>;
}

/** The Markdown rendered as a CommonMark/GFM renderer would (marked), read back as tags and text. */
export function rendered(markdown: string): { tags: HtmlTag[]; text: string; html: string } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const tags: HtmlTag[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag: (name, attribs) => tags.push({ name, attribs }),
      ontext: (t) => {
        text += t;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { tags, text, html };
}

/** The elements the notes may have: all from our own Markdown, none from the input. */
const ALLOWED = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'strong',
  'del',
  'blockquote',
  'br',
  'a',
]);

/**
 * What in the rendered notes is not inert: an element outside the allow-list, any attribute but an http(s)
 * `href` on a link, or a link to an address that is not one of `links` (the sources we were given).
 */
export function liveMarkup(markdown: string, links: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const { name, attribs } of rendered(markdown).tags) {
    if (!ALLOWED.has(name)) problems.push(`<${name}>`);
    for (const [attr, value] of Object.entries(attribs)) {
      if (name === 'a' && attr === 'href') {
        if (!/^https?:\/\//i.test(value) || !links.includes(value)) problems.push(`<a href="${value}">`);
      } else if (!(attr === 'align' && (name === 'th' || name === 'td'))) {
        problems.push(`<${name} ${attr}="${value}">`);
      }
    }
  }
  return problems;
}
