import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../scripts/vite-plugin-csp';

const INDEX = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('the content security policy', () => {
  it('allows scripts, workers, fetches and styles from the page itself only; no inline, eval or plug-in', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toBe("'self'");
    for (const name of ['script-src', 'worker-src', 'connect-src', 'style-src'])
      expect(d.get(name)).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*|blob:/);
    // A meta policy cannot carry frame-ancestors (browsers ignore it there and warn).
    expect(d.has('frame-ancestors')).toBe(false);
  });

  it('goes into index.html right after <meta charset>, before anything it governs', () => {
    const html = withContentSecurityPolicy(INDEX);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('<meta charset="UTF-8" />'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<link'));
  });

  it('refuses a page with an inline script, which the policy would silently stop', () => {
    const page = (script: string) => `<!doctype html><head><meta charset="UTF-8" />${script}</head>`;
    expect(() =>
      withContentSecurityPolicy(page('<script type="module" src="./a.js"></script>')),
    ).not.toThrow();
    expect(() => withContentSecurityPolicy(page('<script type="module">import "./a.js"</script>'))).toThrow(
      /inline script/,
    );
    expect(() => withContentSecurityPolicy(page('<SCRIPT>x()</SCRIPT>'))).toThrow(/inline script/);
    expect(() => withContentSecurityPolicy('<head></head>')).toThrow(/charset/);
  });
});
