import type { Plugin } from 'vite';

/**
 * The production page's content security policy, delivered as a `<meta http-equiv>` because the app is
 * served by any static file server (or opened from a folder), where nobody sets headers for it.
 *
 * - Scripts, modules, workers, styles and fetches only from the page's own origin: no inline script, no
 *   `eval`, no CDN (the app works offline). The build emits no inline script (checked below) and no
 *   inline style; React sets no `style` attributes here (the download links' `element.style` is CSSOM,
 *   which CSP does not govern), so `style-src 'self'` needs no 'unsafe-inline'.
 * - `img-src data:` only for the empty `data:,` favicon in index.html, which keeps browsers from asking
 *   the server for /favicon.ico; a data: image cannot run script.
 * - `form-action 'none'`: every form is handled in script (submit is prevented), nothing is posted.
 * - A meta policy cannot set `frame-ancestors`, `sandbox` or reporting (the HTML spec ignores them
 *   there): a host that wants clickjacking protection sends `Content-Security-Policy: frame-ancestors
 *   'none'` as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;
/** A `<script>` element without a `src` attribute is inline, whatever its type. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>/i;

/**
 * Adds the policy right after `<meta charset>` (before anything it governs) and refuses to build a page
 * that the policy would break: an inline script would simply not run in the browser.
 */
export function withContentSecurityPolicy(html: string, policy = CONTENT_SECURITY_POLICY): string {
  const inline = INLINE_SCRIPT.exec(html);
  if (inline) throw new Error(`index.html has an inline script, which the CSP blocks: ${inline[0]}`);
  if (!CHARSET.test(html)) throw new Error('index.html has no <meta charset="UTF-8"> to put the CSP after');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
}

/** Build only: the dev server's HMR client and React refresh preamble are inline scripts. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'readout-compare-csp',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added the bundle's tags, so the inline-script check sees the final page.
      order: 'post',
      handler: (html) => withContentSecurityPolicy(html),
    },
  };
}
