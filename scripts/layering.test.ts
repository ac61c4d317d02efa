import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Breaks each layering rule on purpose in a scratch tree (inside the repo so
 * node_modules resolve) and expects `depcruise` with our config to fail with
 * that rule's name; a tree that follows the rules passes.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
let scratch: string;

beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(root, '.tmp', 'layering-'));
  copyFileSync(join(root, '.dependency-cruiser.cjs'), join(scratch, '.dependency-cruiser.cjs'));
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { moduleResolution: 'bundler', module: 'ESNext' } }));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const tree = mkdtempSync(join(scratch, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  copyFileSync(join(scratch, '.dependency-cruiser.cjs'), join(tree, '.dependency-cruiser.cjs'));
  copyFileSync(join(scratch, 'tsconfig.json'), join(tree, 'tsconfig.json'));
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', '.dependency-cruiser.cjs', '.'],
    { cwd: tree, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const cleanTree = {
  'common/api/x.ts': 'export const x = 1;\n',
  'renderer/app.ts': "import { x } from '../common/api/x';\nexport const y = x;\n",
  'renderer/ui/u.ts': "export const u = 1;\n",
  'renderer/features/f/f.ts': "import { u } from '../../ui/u';\nexport const f = u;\n",
  'renderer/app/a.ts': "import { f } from '../features/f/f';\nexport const a = f;\n",
  'electron/services/s.ts': "import { join } from 'node:path';\nimport { x } from '../../common/api/x';\nexport const s = join(String(x));\n",
  'electron/main/m.ts': "import { app } from 'electron';\nimport { s } from '../services/s';\nexport const m = [app, s];\n",
};

describe('layering lint', () => {
  it('passes a tree that follows the rules', () => {
    const result = cruise(cleanTree);
    expect(result.output).toContain('no dependency violations');
    expect(result.status).toBe(0);
  });

  it.each([
    ['common-no-node', 'common/bad.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['common-runs-anywhere', 'common/bad.ts', "import { s } from '../electron/services/s';\nexport const f = s;\n"],
    ['renderer-only-common', 'renderer/bad.ts', "import { s } from '../electron/services/s';\nexport const f = s;\n"],
    ['renderer-no-node', 'renderer/bad.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['renderer-shell-on-top', 'renderer/features/f/bad.ts', "import { a } from '../../app/a';\nexport const f = a;\n"],
    ['renderer-ui-shared', 'renderer/ui/bad.ts', "import { f } from '../features/f/f';\nexport const u = f;\n"],
    ['services-never-electron', 'electron/services/bad.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['services-never-electron', 'electron/host/bad.ts', "import { m } from '../main/m';\nexport const f = m;\n"],
    ['preload-is-thin', 'electron/preload/bad.ts', "import { s } from '../services/s';\nexport const f = s;\n"],
  ])('fails with %s when %s breaks it', (rule, path, text) => {
    const result = cruise({ ...cleanTree, [path]: text });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`error ${rule}`);
  });
});
