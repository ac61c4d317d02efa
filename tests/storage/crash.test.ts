import { expect, it } from 'vitest';
import { runCrash } from '../../bench/crash-run';

// The short run of `npm run bench:crash` (the long one is `-- --kills 1000`).
it('after 20 kills of the service process mid-work: nothing acknowledged lost, list equals document, integrity holds, the app opens', async () => {
  const counts = await runCrash({ kills: 20, host: 'service' });
  expect(counts.kills).toBe(20);
  expect(counts.ackedEdits).toBeGreaterThan(20);
  expect(counts.mismatchDetails).toEqual([]);
  expect(counts).toMatchObject({ lostEdits: 0, listMismatches: 0, statusMismatches: 0, integrityFailures: 0, failedOpens: 0 });
}, 600_000);
