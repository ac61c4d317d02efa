import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startupCause, startupFailure } from '../../common/messages/storage';
import { openRuntime, type Runtime } from '../services/bootstrap';
import { isLoopbackAddress } from '../services/images/images.download';
import { readAppVersion } from '../services/version';
import { startHostServer } from './server';
import { newToken } from './token';

/**
 * `npm run web`: the same services as the desktop app, for development and the
 * end-to-end tests, in any browser on this machine. The data folder comes from
 * --data-dir or TOASOAN_DATA_DIR (default: ~/.toa-soan-web).
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    static: { type: 'string' },
    // For the end-to-end tests only, whose "web sites" run on this machine:
    // images.download may then fetch from loopback (never from the LAN).
    'test-allow-loopback-images': { type: 'boolean' },
  },
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = resolve(values['data-dir'] ?? process.env.TOASOAN_DATA_DIR ?? join(homedir(), '.toa-soan-web'));
const port = Number(values.port ?? process.env.TOASOAN_PORT ?? 0);
const staticDir = resolve(values.static ?? join(root, 'dist/renderer'));

// Stopping must always be graceful (the runtime waits for a backup in
// progress and checkpoints the database), so the handlers are in place before
// anyone can learn the address: a supervisor that stops the host the moment
// it starts would otherwise hit Node's default SIGTERM action and kill it
// halfway through its start-up backup.
let closing = false;
let stop: () => Promise<void> = async () => {};
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

let runtime: Runtime;
try {
  runtime = openRuntime({
    dataDir,
    transport: 'web',
    version: readAppVersion(new URL('../../package.json', import.meta.url)),
    services: {
      // The end-to-end tests cap the outbox's backoff so "the portal is back" is noticed quickly.
      outbox: { maxDelayMs: Number(process.env.TOASOAN_OUTBOX_MAX_DELAY_MS) || undefined },
      channels: { maxDelayMs: Number(process.env.TOASOAN_OUTBOX_MAX_DELAY_MS) || undefined },
      ...(values['test-allow-loopback-images'] ? { imageDownload: { allowAddress: isLoopbackAddress } } : {}),
    },
  });
} catch (error) {
  // Never silent: the same words the desktop app's dialog shows, then a non-zero exit.
  const failure = startupFailure(startupCause(error), dataDir);
  console.error(`${failure.title}\n${failure.message}\n${failure.detail}`);
  console.error('(chi tiết kỹ thuật)', error);
  process.exit(1);
}
stop = () => runtime.close();
const token = process.env.TOASOAN_TOKEN ?? newToken();
const server = await startHostServer({
  handlers: runtime.handlers,
  token,
  staticDir,
  port,
  onEventSubscribe: (send) => runtime.onEvent(send),
  uploads: runtime.uploads,
});
stop = async () => {
  await server.close();
  await runtime.close();
};

const address = `${server.url}/#token=${token}`;
console.log(`Tòa Soạn đang chạy trong trình duyệt: ${address}`);
console.log(`Thư mục dữ liệu: ${dataDir}`);
console.log(`TOASOAN_HOST_URL=${address}`);
