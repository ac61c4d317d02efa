import { parseArgs } from 'node:util';
import { runCrash } from './crash-run';

/**
 * `npm run bench:crash -- --kills N [--host web]`: kill the service process
 * (or the browser host) N times at random moments while a client types,
 * pastes, changes status and saves versions; print what was checked.
 */
const { values } = parseArgs({
  options: { kills: { type: 'string' }, host: { type: 'string' }, 'max-run-ms': { type: 'string' } },
});
const kills = Number(values.kills ?? 100);
const host = values.host === 'web' ? 'web' : 'service';
const started = Date.now();
const counts = await runCrash({
  kills,
  host,
  maxRunMs: values['max-run-ms'] ? Number(values['max-run-ms']) : undefined,
  log: (line) => console.log(line),
});
const { mismatchDetails, ...numbers } = counts;
console.log(`crash bench (${host}): ${Math.round((Date.now() - started) / 1000)} s`);
for (const [key, value] of Object.entries(numbers)) console.log(`${key}: ${value}`);
for (const line of mismatchDetails.slice(0, 20)) console.log(`  ${line}`);
const bad = counts.lostEdits + counts.listMismatches + counts.statusMismatches + counts.integrityFailures + counts.failedOpens;
process.exit(bad === 0 ? 0 : 1);
