// Preloaded with `node --import ./bench/peak-rss.mjs …`: writes the process's peak resident memory (kB) to
// the file named by PEAK_RSS_FILE when it exits, so bench/large-pair.ts can read the figure of a child run.
import { writeFileSync } from 'node:fs';

const out = process.env.PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
