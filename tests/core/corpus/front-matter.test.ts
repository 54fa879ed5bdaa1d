import { describe, expect, it } from 'vitest';
import { normaliseNewlines, splitFrontMatter } from '../../../src/core/corpus/front-matter';

describe('splitFrontMatter', () => {
  it('splits the YAML block from the body', () => {
    const split = splitFrontMatter('---\nid: a\nside: cn\n---\n双方认为。\n');
    expect(split).toEqual({ yaml: 'id: a\nside: cn', body: '双方认为。\n', yamlLine: 2 });
  });

  it('normalises Windows line endings and a byte-order mark', () => {
    const split = splitFrontMatter('\uFEFF---\r\nid: a\r\n---\r\nline one\r\nline two\r\n');
    expect(split?.yaml).toBe('id: a');
    expect(split?.body).toBe('line one\nline two\n');
  });

  it('keeps a later "---" line inside the body', () => {
    const split = splitFrontMatter('---\nid: a\n---\nabove\n---\nbelow');
    expect(split?.body).toBe('above\n---\nbelow');
  });

  it('accepts an empty front matter and an empty body', () => {
    expect(splitFrontMatter('---\n---\n')).toEqual({ yaml: '', body: '', yamlLine: 2 });
    expect(splitFrontMatter('---\nid: a\n---')).toEqual({ yaml: 'id: a', body: '', yamlLine: 2 });
  });

  it('returns null when the file does not start with a front-matter block', () => {
    expect(splitFrontMatter('id: a\n---\ntext')).toBeNull();
    expect(splitFrontMatter('---\nid: a\nno closing line')).toBeNull();
    expect(splitFrontMatter('\n---\nid: a\n---\ntext')).toBeNull();
  });
});

describe('normaliseNewlines', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
