import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../src/core/notes/export-markdown';
import { liveMarkup, PAYLOADS } from '../text/markdown-payloads';
import { comparison, finerNotes, makeNote, meeting, targetOn, topicLabels } from './notes-fixture';

const now = new Date('2024-03-01T08:00:00.000Z');

describe('exportMarkdown', () => {
  const notes = finerNotes();
  const md = exportMarkdown({ meeting, notes, comparison, topics: topicLabels }, { now, lang: 'en' });

  it('opens with the meeting: title, date, place, participants and the export time', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Comparison notes: Liu Jianchao meets Jon Finer');
    expect(md).toContain('- Date: 2024-01-10');
    expect(md).toContain('- Place: Washington, D.C.');
    expect(md).toContain(
      '- Participants, Chinese side: Liu Jianchao (Minister of the International Department',
    );
    expect(md).toContain('- Participants, US side: Jon Finer (Principal Deputy National Security Advisor)');
    expect(md).toContain('- Exported: 2024-03-01T08:00:00.000Z');
  });

  it('lists both sides’ sources with issuer, kind, translator and the quoting article', () => {
    expect(md).toContain('### Chinese-side readout');
    expect(md).toContain('### US-side readout');
    expect(md).toMatch(
      /- \*\*Compared\*\* · International Department of the CPC Central Committee \(IDCPC\) \(original, zh, excerpt\)/,
    );
    // The compared US text is listed first of its side, and only it is marked.
    const usSources = md.slice(md.indexOf('### US-side readout'), md.indexOf('## Topics'));
    expect(usSources.split('\n')[2]).toMatch(
      /^- \*\*Compared\*\* · The White House \(translation, zh, excerpt, translation quoted from RFI/,
    );
    expect(usSources.match(/Compared/g)).toHaveLength(1);
    expect(md).toContain('translation quoted from RFI (Radio France Internationale) Chinese');
    expect(md).toContain(
      'quoted in RFI (Radio France Internationale) Chinese, 2024-01-11, <https://www.rfi.fr/cn/',
    );
  });

  it('tabulates topics only one side mentions, with why the other side is silent', () => {
    expect(md).toContain('## Topics only one side mentions');
    expect(md).toContain('| Taiwan | US side | 2 | Chinese side: not in the quoted excerpt |');
    // A topic missing from the labels falls back to its id.
    expect(md).toContain('| high-level-engagement | US side | 1 |');
  });

  it('does not compare the shares of excerpts (the Finer readouts are quoted excerpts)', () => {
    expect(md).toContain('## Biggest emphasis gaps');
    expect(md).toContain(
      'Not compared: shares are compared only when both sides are full texts of at least 3 sentences.',
    );
    expect(md).not.toContain('| Lines of communication | 100% (1)');
    expect(md).not.toContain('Stronger wording');
  });

  it('gives each note its kind, side, topic, quote, citation and text, in reading order', () => {
    expect(md).toContain('## Notes (3)');
    const reframed = md.indexOf('### 1. Reframed · Chinese side linked with US side');
    // The meeting lists us-wh-en-rfi before us-wh-zh-rfi.
    const added = md.indexOf('### 2. Added · US side');
    const omitted = md.indexOf('### 3. Omitted · US side · Topic: Taiwan');
    expect(reframed).toBeGreaterThan(0);
    expect(added).toBeGreaterThan(reframed);
    expect(omitted).toBeGreaterThan(added);
    expect(md).toContain('> 推动落实两国元首达成的重要共识和成果');
    expect(md).toContain('> 强调了台湾海峡和南海和平与稳定的重要性');
    expect(md).toContain('Only the US side names Taiwan.');
    expect(md).toContain('“Consensus” vs “outcomes of the summit”.  \nSecond line.');
    expect(md).toMatch(/Source: The White House \(translation, zh, excerpt, translation quoted from RFI/);
  });

  it('marks an orphaned note and still prints its quote', () => {
    const orphan = makeNote('softened', 'gone', [
      { ...targetOn('us-wh-zh-rfi', '双方还讨论了'), readoutId: 'us-wh-zh-old' },
    ]);
    const out = exportMarkdown(
      { meeting, notes: [orphan], comparison, topics: topicLabels },
      { now, lang: 'en' },
    );
    expect(out).toContain('**US side** · *passage not found*');
    expect(out).toContain('> 双方还讨论了');
  });

  it('escapes Markdown and HTML in notes so a renderer shows them as text', () => {
    const hostile = makeNote(
      'other',
      '<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))\n# heading',
      [targetOn('us-wh-en-rfi', 'candid and constructive discussions')],
    );
    const out = exportMarkdown({ meeting, notes: [hostile] }, { now, lang: 'en' });
    expect(out).toContain(
      '\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[link\\](javascript:alert(1))  \n\\# heading',
    );
    expect(out).not.toMatch(/[^\\]<img/);
  });

  it('says when no comparison was available', () => {
    const out = exportMarkdown({ meeting, notes }, { now, lang: 'en' });
    expect(out).toContain('No comparison was available when these notes were exported.');
    expect(out).not.toContain('## Biggest emphasis gaps');
  });

  it('writes Chinese labels and Chinese meeting data for lang zh', () => {
    const zh = exportMarkdown({ meeting, notes, comparison, topics: topicLabels }, { now, lang: 'zh' });
    expect(zh.split('\n')[0]).toBe('# 对读笔记: 刘建超会见芬纳');
    expect(zh).toContain('- 参与者, 中方: 刘建超 (中共中央对外联络部部长)');
    expect(zh).toContain('| 台湾问题 | 美方 | 2 | 中方: 不在引用的节选中 |');
    expect(zh).toContain('### 3. 省略 · 美方 · 议题: 台湾问题');
  });

  it('leaves out notes of other meetings', () => {
    const other = makeNote('other', 'elsewhere', [targetOn('us-wh-en-rfi', 'candid')], { meetingId: 'x' });
    const out = exportMarkdown({ meeting, notes: [other] }, { now, lang: 'en' });
    expect(out).toContain('## Notes (0)');
    expect(out).not.toContain('elsewhere');
  });
});

describe('exportMarkdown with hostile notes', () => {
  it.each(PAYLOADS.map((p) => [JSON.stringify(p).slice(0, 60), p]))(
    'keeps %s inert in a note body (every line of it) and a meeting title',
    (_name, p) => {
      const note = {
        ...makeNote('other', `${p}\n${p}`, [targetOn('us-wh-en-rfi', 'candid and constructive discussions')]),
      };
      const hostileMeeting = { ...meeting, title: { en: p, zh: p } };
      const out = exportMarkdown(
        { meeting: hostileMeeting, notes: [note], comparison, topics: topicLabels },
        { now, lang: 'en' },
      );
      const links = [...out.matchAll(/<(https?:\/\/[^>]+)>/g)].map((m) => m[1] as string);
      expect(liveMarkup(out, links)).toEqual([]);
    },
  );
});

describe('exportMarkdown citations', () => {
  it('calls a Chinese outlet’s account of a Chinese ministry’s text a paraphrase, not a translation', async () => {
    const { loadCorpus } = await import('../../../src/core/corpus/load-corpus');
    const { readCorpusFolder } = await import('../corpus/read-corpus-folder');
    const qin = loadCorpus(readCorpusFolder('readouts')).find((m) => m.id === '2023-06-14-qin-blinken');
    if (!qin) throw new Error('corpus meeting missing');
    const md = exportMarkdown({ meeting: qin, notes: [] }, { now, lang: 'en' });
    const line = md.split('\n').find((l) => l.includes('Ministry of Foreign Affairs')) ?? '';
    expect(line).toMatch(/\(paraphrase, zh, excerpt, paraphrase by RFI/);
    expect(line).not.toContain('translation quoted from');
  });
});
