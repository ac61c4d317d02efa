import { addUser, PASSWORD, removeDir, testHub } from '../hub/hub-harness';
import { preparePages } from '../fuzz/engine';
import { fuzzTwoWriters } from '../fuzz/two-writers';
import { HostProcess } from './fixtures/host';
import { test, expect } from './fixtures/test';
import { hostCall } from './pages/editor-page';

/**
 * The two-writer fuzz (tests/fuzz/two-writers.ts) in `npm test`, through a
 * hub as the issue asks (issue 24, part 3): two desktops (browser hosts)
 * signed in to a real hub on loopback, each writer typing 10 runs into the
 * same paragraph at once. Per seed: both converge, the saved article matches
 * on both desktops, every run stays in one piece (the one cut allowed is a
 * whole burst of the other's typed after their End placed their caret there:
 * runs-check.ts), no undo deletes the other's Yjs items, A's undo leaves B's
 * runs whole and none of A's text, and both undos leave the body empty.
 *
 * Seeds 1 and 2: hub seeds 1-5 passed 6 of 6 rounds of the fuzz under load
 * with a busy loop alongside, and seed 1's runs get cut by a burst at a caret
 * placement (the cut the check allows); seed 3 failed once in this spec (an
 * Enter copying the rest of a cut run, docs/input-fuzzer.md). Two seeds keep
 * it near 2 minutes.
 * `npm run fuzz:editor -- --writers 2 --hub` runs more; FUZZ_TWO_WRITER_SEEDS="1,2,3,4,5"
 * plays other seeds.
 */
test.use({ trace: 'off' });

const SEEDS = (process.env.FUZZ_TWO_WRITER_SEEDS ?? '1,2').split(',').map(Number);

test('two-writer fuzz through a hub: both converge, runs stay whole, each undo takes back only its own', async ({ app, host, context }) => {
  test.setTimeout(600_000); // two hosts and a hub on a shared machine
  const hub = await testHub();
  const other = new HostProcess();
  try {
    await addUser(hub, 'lan', 'editor');
    await addUser(hub, 'hoa', 'editor');
    await other.start();
    await hostCall(host.url, 'hub.login', { url: hub.url, login: 'lan', password: PASSWORD });
    await hostCall(other.url, 'hub.login', { url: hub.url, login: 'hoa', password: PASSWORD });
    const second = await context.newPage();
    await preparePages({ app, second });
    const problems: string[] = [];
    const started = Date.now();
    for (const seed of SEEDS) {
      const outcome = await fuzzTwoWriters({ a: app, b: second, hostUrl: host.url, hostUrlB: other.url }, seed, { runs: 10, throttle: 1 });
      problems.push(...outcome.problems);
      console.log(`two-writer fuzz seed ${seed}: ${outcome.problems.length} problems, ${outcome.cuts.length} allowed cuts, ${outcome.typingDeletedOthers.length} of the other's letters deleted while typing`);
    }
    console.log(`two-writer fuzz through a hub: ${SEEDS.length} seeds, ${problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s`);
    expect(problems).toEqual([]);
  } finally {
    await other.dispose();
    await hub.close();
    removeDir(hub.dir);
  }
});

/**
 * Two windows of one desktop on the same article (the browser host's two-window mode). Seed 10 makes
 * an Enter where both parts hold the other writer's letters (in about two runs of three): one part is
 * written again as the Enter's author's copies (Yjs has no move), and before the moved-letters log
 * (renderer/editor/extensions/moved-letters) the other writer's undo could not reach them: left over
 * after both undos; it failed 3 of 4 rounds (docs/input-fuzzer.md). Seed 8 makes the other order (the
 * Enter's author undoes first, then the other's undo of their own Enter must not bring the letters
 * back) and a caret tied to a moved letter; it failed now and then before `linkRestores` and the
 * caret's links (docs/input-fuzzer.md, "Seed 8"), and once after them (fresh-clone CI of c1fae34: B's
 * Enter right before A's "a1" copied it into B's new paragraph while A typed on after it). Two causes,
 * both in y-tiptap-patch.ts: a split kept its element for the part holding more of A's letters, not the
 * part A was typing in (fifth part, now by each writer's latest letter), and a paragraph holding a Yjs
 * text of each writer was written with upstream's diff, not at the caret (fourth part).
 * FUZZ_TWO_WINDOW_SEEDS=1,2,3 plays other seeds.
 */
const WINDOW_SEEDS = (process.env.FUZZ_TWO_WINDOW_SEEDS ?? '8,10').split(',').map(Number);

test('two-writer fuzz in two windows: both converge, runs stay whole, each undo takes back only its own', async ({ app, host, context }) => {
  test.setTimeout(300_000);
  const second = await context.newPage();
  await preparePages({ app, second });
  const problems: string[] = [];
  for (const seed of WINDOW_SEEDS) {
    const outcome = await fuzzTwoWriters({ a: app, b: second, hostUrl: host.url }, seed, { runs: 10, throttle: 1 });
    problems.push(...outcome.problems);
    console.log(`two-window fuzz seed ${seed}: ${outcome.problems.length} problems, ${outcome.cuts.length} allowed cuts, ${outcome.typingDeletedOthers.length} of the other's letters deleted while typing`);
  }
  expect(problems).toEqual([]);
});
