import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles } from '../scripts/import-circles';

/*
 * No module of the app imports itself through others (what `madge --circular --extensions ts,tsx src` checks):
 * a circle makes the load order fragile and ties the modules' designs together.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const PROBE = path.join(ROOT, 'test-results/import-circles');

function probe(files: Record<string, string>): string {
  rmSync(PROBE, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(PROBE, name)), { recursive: true });
    writeFileSync(path.join(PROBE, name), text);
  }
  return PROBE;
}

describe('import circles', () => {
  it('finds none in src', () => {
    expect(importCircles(path.join(ROOT, 'src'))).toEqual([]);
  }, 60_000);

  it('finds a circle through a type-only import, a dynamic import or a folder index', () => {
    const dir = probe({
      'a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'b.ts': "export type B = string;\nexport const load = () => import('./a');\n",
      'free.ts': "import { load } from './b';\nexport const x = load;\n",
      'view/Page.tsx': "import { part } from './part';\nexport const Page = () => <p>{part}</p>;\n",
      'view/part/index.ts': "import type { Page } from '../Page';\nexport const part: typeof Page | 1 = 1;\n",
      'self.ts': "export { x } from './self';\nexport const y = 1;\n",
      'package.ts': "import { useState } from 'react';\nexport const z = useState;\n",
    });
    expect(importCircles(dir).sort()).toEqual(
      [
        ['a.ts', 'b.ts'],
        ['self.ts'],
        [path.join('view', 'Page.tsx'), path.join('view', 'part', 'index.ts')],
      ].sort(),
    );
  });

  it('finds none where the imports only go one way', () => {
    const dir = probe({
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': "import { c } from './c';\nexport const b = c;\n",
      'c.ts': 'export const c = 1;\n',
    });
    expect(importCircles(dir)).toEqual([]);
  });
});
