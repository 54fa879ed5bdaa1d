// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, REVOKE_AFTER_MS, safeFilePart } from '../../src/browser/download';

/** What the page did: the object URLs it made and revoked, and the links it clicked. */
function watchDownloads() {
  const made: Blob[] = [];
  const revoked: string[] = [];
  const clicks: { name: string; href: string; inPage: boolean }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    made.push(blob as Blob);
    return `blob:test/${made.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    // The URL must still be alive when the browser follows the link.
    expect(revoked).not.toContain(this.href);
    clicks.push({ name: this.download, href: this.href, inPage: document.body.contains(this) });
  });
  return { made, revoked, clicks };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadFile', () => {
  it('clicks a link to the file and revokes its URL only after a delay', async () => {
    const { made, revoked, clicks } = watchDownloads();
    downloadFile('notes.md', '# 笔记\n', 'text/markdown');
    expect(clicks).toEqual([{ name: 'notes.md', href: 'blob:test/1', inPage: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(made[0]?.type).toBe('text/markdown;charset=utf-8');
    expect(await made[0]?.text()).toBe('# 笔记\n');

    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('saves bytes as they are, with the type given', async () => {
    const { made, clicks } = watchDownloads();
    downloadFile('folder.zip', new Uint8Array([80, 75, 3, 4]), 'application/zip');
    expect(clicks.map((c) => c.name)).toEqual(['folder.zip']);
    expect(made[0]?.type).toBe('application/zip');
    expect([...new Uint8Array(await (made[0] as Blob).arrayBuffer())]).toEqual([80, 75, 3, 4]);
  });

  it('removes the link and still revokes when the click throws', () => {
    const { revoked } = watchDownloads();
    vi.mocked(HTMLAnchorElement.prototype.click).mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => downloadFile('x.json', '{}', 'application/json')).toThrow('blocked');
    expect(document.querySelector('a')).toBeNull();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(['blob:test/1']);
  });
});

describe('safeFilePart', () => {
  it('keeps safe characters only, with a fallback when nothing is left', () => {
    expect(safeFilePart('user-2031-03-05 李明/x')).toBe('user-2031-03-05-x');
    expect(safeFilePart('李明', 'notes')).toBe('notes');
  });
});
