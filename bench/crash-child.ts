/**
 * The service process for `npm run bench:crash`: a runtime on the data folder
 * given as argv[2], answering JSON lines on stdin with JSON lines on stdout:
 *   {"n":1,"method":"drafts.append","args":{…}} → {"n":1,"ok":true,"value":…} (after commit)
 * The bench kills it with SIGKILL at random moments.
 */
import { createInterface } from 'node:readline';
import { dispatch } from '../common/api/dispatch';
import { openRuntime } from '../electron/services/bootstrap';

const runtime = openRuntime({ dataDir: process.argv[2]!, transport: 'web', version: 'crash-bench' });
const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const { n, method, args } = JSON.parse(line) as { n: number; method: string; args: unknown };
  void dispatch(runtime.handlers, method, args).then((result) => send({ n, ...result }));
});
send({ ready: true });
