/**
 * One desktop's services in a process of their own, so that a test can kill
 * it with SIGKILL (faults.test.ts). Arguments: data folder, hub address,
 * login, article id, the sync's remote window (ms). Over IPC it says `ready`
 * once it has the article, then, told to `type`, types numbered words into it
 * and reports each one the drafts service acknowledged (`ack`).
 */
import { openDesktop } from './desktop-harness';

const [dir, url, login, id, windowMs] = process.argv.slice(2) as [string, string, string, string, string];
const send = (message: unknown) => process.send!(message);

const desktop = openDesktop(dir, { keepEvents: false, remoteWindowMs: Number(windowMs) });
await desktop.login(url, login);
while (!desktop.has(id)) await new Promise((r) => setTimeout(r, 25));
send({ type: 'ready' });

process.on('message', (message: { type: string }) => {
  if (message.type !== 'type') return;
  void (async () => {
    for (let n = 0; ; n += 1) {
      const word = ` c${n}`;
      await desktop.type(id, word, Math.floor(Math.random() * 10_000));
      send({ type: 'ack', word: word.trim() });
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 40));
    }
  })();
});
