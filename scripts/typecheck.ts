import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Type-checks each layer with its own configuration: common/ with no Node or
 * DOM types, services under Node, main and preload against Electron's own
 * type definitions, the renderer with the DOM, the e2e specs with Playwright.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const projects = [
  'common/tsconfig.json',
  'electron/tsconfig.node.json',
  'electron/tsconfig.electron.json',
  'renderer/tsconfig.json',
  'tests/e2e/tsconfig.json',
];

function check(project: string): Promise<{ project: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project, '--pretty', 'false'], {
      cwd: root,
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ project, ok: code === 0, output }));
  });
}

let failed = 0;
// Two at a time: the build machines have two cores.
for (let i = 0; i < projects.length; i += 2) {
  const results = await Promise.all(projects.slice(i, i + 2).map(check));
  for (const result of results) {
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} tsc -p ${result.project}`);
    if (!result.ok) {
      failed++;
      process.stdout.write(result.output);
    }
  }
}
process.exit(failed ? 1 : 0);
