import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: every check, in order, and one closing line that counts the
 * tests of both runners: "tests: N passed, N failed, N skipped". Later stages
 * run even when an earlier one fails, so one run shows everything; the exit
 * code is non-zero if anything failed. A skipped test is never counted as
 * passed; the reason of each skip is printed.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}test-results`;
rmSync(`${results}/unit.json`, { force: true });
rmSync(`${results}/e2e.json`, { force: true });
mkdirSync(results, { recursive: true });

function run(title: string, command: string, args: string[]): Promise<boolean> {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

// `npm start` rebuilds better-sqlite3 for Electron's ABI (install-app-deps);
// the tests run it under Node, so rebuild it for Node when that happened.
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  cwd: root,
  encoding: 'utf8',
});
if (probe.status !== 0 && /NODE_MODULE_VERSION|was compiled against a different Node/.test(probe.stderr)) {
  console.log('better-sqlite3 was built for Electron; rebuilding it for Node before the tests');
  spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
}

const npx = `${root}node_modules/.bin/`;
const stages: Array<[string, string, string[]]> = [
  ['type-check', 'npm', ['run', '-s', 'typecheck']],
  ['layering lint', 'npm', ['run', '-s', 'lint:layers']],
  ['ESLint', 'npm', ['run', '-s', 'lint:eslint']],
  ['unit and integration tests', `${npx}vitest`, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`]],
  ['build', 'npm', ['run', '-s', 'build']],
  ['end-to-end tests', `${npx}playwright`, ['test']],
];

const failedStages: string[] = [];
for (const [title, command, args] of stages) {
  if (!(await run(title, command, args))) failedStages.push(title);
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

if (existsSync(`${results}/unit.json`)) {
  const unit = JSON.parse(readFileSync(`${results}/unit.json`, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += unit.numPassedTests;
  total.failed += unit.numFailedTests;
  total.skipped += unit.numPendingTests + unit.numTodoTests;
}

if (existsSync(`${results}/e2e.json`)) {
  type Spec = { title: string; tests: Array<{ status: string; annotations: Array<{ type: string; description?: string }> }> };
  type Suite = { specs?: Spec[]; suites?: Suite[] };
  const e2e = JSON.parse(readFileSync(`${results}/e2e.json`, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites: Suite[];
  };
  total.passed += e2e.stats.expected;
  // A flaky test passed only on retry: count it as failed, not passed.
  total.failed += e2e.stats.unexpected + e2e.stats.flaky;
  total.skipped += e2e.stats.skipped;
  const skipReasons = new Set<string>();
  const visit = (suite: Suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== 'skipped') continue;
        const reason = t.annotations.find((a) => a.type === 'skip')?.description ?? 'skipped';
        skipReasons.add(`${reason} (${spec.title})`);
      }
    }
    suite.suites?.forEach(visit);
  };
  e2e.suites.forEach(visit);
  for (const reason of skipReasons) console.log(reason);
} else {
  failedStages.push('end-to-end results missing');
}

console.log('');
if (failedStages.length) console.log(`failed stages: ${failedStages.join(', ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStages.length || total.failed ? 1 : 0);
