/**
 * `npm run bench:large`: the `compare` command on hostile, very large pairs, each run in a child process,
 * reporting exit status, the one stderr line, wall time and peak memory (target: under 500 MB each).
 *   1. two 2 MB files of Chinese words, one per line (each line a sentence: ~270,000 a side),
 *   2. two 2 MB files of English words, one per line (no full stops: one long sentence a side),
 *   3. two files at the aligner's limit, one English sentence ("Word.") per line,
 *   4. two files at the aligner's limit, one Chinese word per line.
 * The words mix topic words (台湾, Taiwan, …) with plain ones, so tagging and alignment both have work.
 * Pairs over the aligner's limit (MAX_ALIGN_SENTENCES) exit 2 in about a second; the others exit 0. Their time
 * is mostly topic tagging on one huge paragraph (the lexicon's exclude windows, see the issue-14 notes), not
 * alignment; `npm run bench:large -- 1 3 4` leaves out the slowest (case 2, minutes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_ALIGN_SENTENCES } from '../src/core/compare/align-band';

const ZH_WORDS =
  '台湾 贸易 芬太尼 气候 合作 关系 双方 会谈 南海 乌克兰 人工智能 军事 沟通 稳定 发展 问题 经济 安全 中美 领导人'.split(
    ' ',
  );
const EN_WORDS =
  'Taiwan trade fentanyl climate cooperation relations both sides talks ocean Ukraine intelligence military communication stable development question economy security leaders'.split(
    ' ',
  );
const LIMIT_MB = 500;
// The child's JavaScript heap is capped, so the figure is what a run needs, not what V8 leaves uncollected
// on a machine with memory to spare; a run that needed more would fail with an out-of-memory error.
const HEAP_MB = 384;

/** Deterministic words, one a line, until the file has `bytes` bytes (UTF-8) or `lines` lines. */
function wordLines(
  words: readonly string[],
  seed: number,
  limit: { bytes?: number; lines?: number },
): string {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const out: string[] = [];
  let bytes = 0;
  while (
    (limit.bytes === undefined || bytes < limit.bytes) &&
    (limit.lines === undefined || out.length < limit.lines)
  ) {
    const word = words[Math.floor(next() * words.length)] as string;
    out.push(word);
    bytes += Buffer.byteLength(word) + 1;
  }
  if (limit.bytes !== undefined && bytes > limit.bytes) out.pop();
  return `${out.join('\n')}\n`;
}

interface Case {
  name: string;
  a: string;
  b: string;
}

const TWO_MB = 2 * 1024 * 1024;
const atLimit = MAX_ALIGN_SENTENCES - 10;
const sentence = (w: string) => `${(w[0] as string).toUpperCase()}${w.slice(1)}.`;
const cases: Case[] = [
  {
    name: '2 MB Chinese words, one per line',
    a: wordLines(ZH_WORDS, 1, { bytes: TWO_MB }),
    b: wordLines(ZH_WORDS, 2, { bytes: TWO_MB }),
  },
  {
    name: '2 MB English words, one per line',
    a: wordLines(EN_WORDS, 3, { bytes: TWO_MB }),
    b: wordLines(EN_WORDS, 4, { bytes: TWO_MB }),
  },
  {
    name: `${atLimit} English sentences a side ("Word." lines)`,
    a: wordLines(EN_WORDS.map(sentence), 5, { lines: atLimit }),
    b: wordLines(EN_WORDS.map(sentence), 6, { lines: atLimit }),
  },
  {
    name: `${atLimit} Chinese words a side, one per line`,
    a: wordLines(ZH_WORDS, 7, { lines: atLimit }),
    b: wordLines(ZH_WORDS, 8, { lines: atLimit }),
  },
];

const root = fileURLToPath(new URL('../', import.meta.url));
const only = process.argv.slice(2).map(Number).filter(Number.isInteger);
const dir = mkdtempSync(join(tmpdir(), 'large-pair-'));
console.log(
  `compare on very large pairs (peak memory target: under ${LIMIT_MB} MB; heap capped at ${HEAP_MB} MB; Node ${process.version})`,
);
try {
  for (const [k, c] of cases.entries()) {
    if (only.length > 0 && !only.includes(k + 1)) continue;
    const a = join(dir, `${k}-a.txt`);
    const b = join(dir, `${k}-b.txt`);
    const rss = join(dir, `${k}-rss`);
    writeFileSync(a, c.a);
    writeFileSync(b, c.b);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        '--import',
        'tsx',
        '--import',
        './bench/peak-rss.mjs',
        'scripts/compare.ts',
        a,
        b,
        '--format',
        'json',
      ],
      { cwd: root, env: { ...process.env, PEAK_RSS_FILE: rss }, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const seconds = (performance.now() - started) / 1000;
    const peakMb = Number(readFileSync(rss, 'utf8')) / 1024;
    const verdict = peakMb < LIMIT_MB ? `✓ < ${LIMIT_MB} MB` : `✗ over ${LIMIT_MB} MB`;
    const said = run.stderr.trim().replaceAll(dir, '…') || `${run.stdout.length} characters of JSON`;
    console.log(`\n${k + 1}. ${c.name} (${(c.a.length / 1e6).toFixed(2)} M characters a side)`);
    console.log(`   exit ${run.status}, ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB ${verdict}`);
    console.log(`   ${said}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
