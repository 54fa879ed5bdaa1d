/*
 * The real-readout evaluation set: official readouts kept OUTSIDE the repository (their text never enters it),
 * and the committed manifest that names them (URL, issuer, date, sha256 of the text as saved) with the labels
 * an analyst gave each side before the engine was run on it. See tests/fixtures/real/README.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const MANIFEST_FILE = 'tests/fixtures/real/manifest.yaml';

const sideSchema = z.strictObject({
  lang: z.enum(['zh', 'en']),
  issuer: z.string().min(1),
  title: z.string().min(1),
  url: z.string().min(1),
  read_from: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().positive(),
  topics: z.array(z.string()),
});

const pairSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/),
  meeting: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** `dev`: may be read to learn how officials write; `held-out`: scored, never tuned on. */
  split: z.enum(['dev', 'held-out']),
  /** The day the labels were written (before the engine was run on the pair). */
  labelled: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  cn: sideSchema,
  us: sideSchema,
});

const manifestSchema = z.strictObject({ pairs: z.array(pairSchema) });

export type RealPair = z.infer<typeof pairSchema>;

export function readManifest(root: string): RealPair[] {
  const file = path.join(root, MANIFEST_FILE);
  const result = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${MANIFEST_FILE}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid manifest'}`,
    );
  }
  return result.data.pairs;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type SideKey = 'cn' | 'us';

/** The text of one side from the folder outside the repo, checked against the manifest's hash. */
export function readSideText(dir: string, pair: RealPair, side: SideKey): string {
  const file = path.join(dir, pair.id, `${side}.txt`);
  if (!existsSync(file)) throw new Error(`${file}: missing (the manifest lists ${pair.id})`);
  const text = readFileSync(file, 'utf8');
  const hash = sha256(text);
  if (hash !== pair[side].sha256) throw new Error(`${file}: sha256 ${hash} differs from the manifest's`);
  return text;
}

/** The pair folders of `dir` that hold both texts and a meta.yaml (as the collectors wrote them). */
export function pairFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => ['cn.txt', 'us.txt', 'meta.yaml'].every((f) => existsSync(path.join(dir, name, f))))
    .sort();
}
