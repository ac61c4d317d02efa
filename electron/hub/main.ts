import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AccountCreate, HubRole, roleAliases } from '../../common/api/hub.api';
import { hashPassword } from './auth';
import { openHubDatabase, type HubStorage } from './db/database';
import { HubError } from './hub-error';
import { HubStore } from './hub-store';
import { startHub } from './server';

/**
 * `npm run hub -- --data-dir DIR --port N [--host H] [--tls-cert F --tls-key F] [--postgres URL] [--redis URL]`
 * `npm run hub -- user add --name NAME --role quan_tri [--display-name "…"] [--password-file F]`
 *   (the password is read from the file, or else from standard input; never from an argument).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    postgres: { type: 'string' },
    redis: { type: 'string' },
    name: { type: 'string' },
    'display-name': { type: 'string' },
    role: { type: 'string' },
    'password-file': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function storage(): HubStorage {
  if (values.postgres) return { postgres: values.postgres };
  const dataDir = values['data-dir'] ?? process.env.TOASOAN_HUB_DIR;
  if (!dataDir) fail('Cần --data-dir THƯ_MỤC (hoặc --postgres URL).');
  return { dataDir };
}

async function readPassword(): Promise<string> {
  if (values['password-file']) return readFileSync(values['password-file'], 'utf8').replace(/\r?\n$/, '');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function addUser(): Promise<void> {
  const roleText = values.role ?? '';
  const role = roleAliases[roleText] ?? HubRole.safeParse(roleText).data;
  if (!role) fail(`Vai trò không hợp lệ: "${roleText}". Dùng: ${Object.keys(roleAliases).join(', ')}.`);
  const parsed = AccountCreate.safeParse({ login: values.name, name: values['display-name'], role, password: await readPassword() });
  if (!parsed.success) fail(`Thông tin tài khoản không hợp lệ (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}); mật khẩu cần ít nhất 8 ký tự.`);
  const database = await openHubDatabase(storage());
  try {
    const store = new HubStore(database.db);
    const a = parsed.data;
    const user = await store.createUser({ name: a.login, displayName: a.name ?? a.login, role: a.role, passwordHash: await hashPassword(a.password) });
    console.log(`Đã tạo tài khoản ${user.name} (${user.role}, id ${user.id}).`);
  } catch (error) {
    if (error instanceof HubError && error.code === 'HUB_ACCOUNT_EXISTS') fail(`Tài khoản "${values.name}" đã có.`);
    throw error;
  } finally {
    await database.close();
  }
}

async function serve(): Promise<void> {
  const port = Number(values.port ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: ${values.port}`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) fail('Cần cả --tls-cert và --tls-key.');
  const hub = await startHub({
    storage: storage(),
    port,
    host: values.host,
    tls: values['tls-cert'] ? { certFile: values['tls-cert'], keyFile: values['tls-key']! } : undefined,
    redis: values.redis,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`hub: ${signal}, storing documents and stopping`);
    await hub.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
  console.log(`hub listening on ${hub.url}`);
}

if (positionals[0] === 'user' && positionals[1] === 'add') await addUser();
else if (positionals.length === 0) await serve();
else fail(`Lệnh không rõ: ${positionals.join(' ')}`);
