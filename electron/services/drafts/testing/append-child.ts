/**
 * A service process for the crash test: opens a runtime on the data folder
 * given as argv[2], then reads JSON commands line by line from stdin and
 * answers on stdout. The test kills it with SIGKILL at random moments.
 *   {"op":"create"}                      → {"created": id}
 *   {"op":"open","id":…}                 → {"opened": state} | {"error": …}
 *   {"op":"append","id":…,"seq":n,"update":…} → {"ack": n} (after commit) | {"nack": n, "error": …}
 */
import { createInterface } from 'node:readline';
import { dispatch } from '../../../../common/api/dispatch';
import { openRuntime } from '../../bootstrap';

const runtime = openRuntime({ dataDir: process.argv[2]!, transport: 'web', version: 'crash-test' });
const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { op: string; id?: string; seq?: number; update?: string };
  if (command.op === 'create') {
    void dispatch(runtime.handlers, 'drafts.create', {}).then((r) => send(r.ok ? { created: (r.value as { id: string }).id } : { error: r.error }));
  } else if (command.op === 'open') {
    void dispatch(runtime.handlers, 'drafts.open', { id: command.id }).then((r) =>
      send(r.ok ? { opened: (r.value as { state: string }).state } : { error: r.error }),
    );
  } else if (command.op === 'append') {
    void dispatch(runtime.handlers, 'drafts.append', { id: command.id, update: command.update }).then((r) =>
      send(r.ok ? { ack: command.seq } : { nack: command.seq, error: r.error }),
    );
  }
});
send({ ready: true });
