import { describe, expect, it } from 'vitest';
import { parseUntrustedYaml } from '../../../src/core/ingest/untrusted-yaml';

describe('parseUntrustedYaml', () => {
  it('reads a plain mapping, nested mappings and lists', () => {
    expect(parseUntrustedYaml('side: cn\nsource:\n  url: https://x.org\nparticipants: [a, b]\n')).toEqual({
      ok: true,
      data: { side: 'cn', source: { url: 'https://x.org' }, participants: ['a', 'b'] },
    });
    expect(parseUntrustedYaml('')).toEqual({ ok: true, data: null });
  });

  it('refuses every alias, with the line of the first one', () => {
    expect(parseUntrustedYaml('a: &x 1\nb: 2\nc: *x\n')).toEqual({
      ok: false,
      reason: 'aliases (*name) are not allowed',
      line: 3,
      column: 4,
    });
    expect(parseUntrustedYaml('title: &t [*t]')).toMatchObject({ ok: false, line: 1 });
    expect(parseUntrustedYaml('side: *undefined')).toMatchObject({ ok: false, reason: /aliases/ });
  });

  it('refuses duplicate keys at any depth, and keys that are not plain text', () => {
    expect(parseUntrustedYaml('a: 1\nb:\n  c: 1\n  c: 2\n')).toEqual({
      ok: false,
      reason: 'duplicate key "c"',
      line: 4,
      column: 3,
    });
    // 1 and "1" would be one key of the object: a duplicate.
    expect(parseUntrustedYaml("1: a\n'1': b\n")).toMatchObject({ ok: false, reason: 'duplicate key "1"' });
    expect(parseUntrustedYaml('? [a, b]\n: c\n')).toMatchObject({
      ok: false,
      reason: 'a key that is not plain text',
    });
  });

  it('turns parse errors and absurd nesting into one-line reasons with a line', () => {
    const broken = parseUntrustedYaml('a: 1\nb: [unclosed\nc: 2\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.reason).not.toMatch(/\n/);
      expect(broken.line).toBeGreaterThanOrEqual(2);
    }
    expect(parseUntrustedYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`)).toMatchObject({
      ok: false,
      reason: 'nested too deeply',
    });
  });

  it('logs nothing, even for tags it does not know', () => {
    const warn = console.warn;
    const calls: unknown[] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    const emit = process.emitWarning;
    process.emitWarning = ((...args: unknown[]) => calls.push(args)) as typeof process.emitWarning;
    try {
      expect(parseUntrustedYaml('a: !!js/function "x"\nb: !local y\n')).toEqual({
        ok: true,
        data: { a: 'x', b: 'y' },
      });
    } finally {
      console.warn = warn;
      process.emitWarning = emit;
    }
    expect(calls).toEqual([]);
  });

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const out = parseUntrustedYaml('__proto__: {polluted: true}\n');
    expect(out.ok).toBe(true);
    if (out.ok) expect(Object.getPrototypeOf(out.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
