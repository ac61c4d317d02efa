import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { HubUser } from '../../../common/api/hub.api';
import { writeFileAtomic } from '../fs-atomic';

/** `hub.json` in the data folder: where the hub is and who signed in. The token is in the SecretStore. */
export const HubConfig = z.object({
  url: z.string().default(''),
  login: z.string().default(''),
  user: HubUser.nullable().default(null),
});
export type HubConfig = z.infer<typeof HubConfig>;

export const TOKEN_KEY = 'hub.token';

export function readHubConfig(path: string): HubConfig {
  if (!existsSync(path)) return HubConfig.parse({});
  try {
    const parsed = HubConfig.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : HubConfig.parse({});
  } catch {
    return HubConfig.parse({});
  }
}

export function writeHubConfig(path: string, config: HubConfig): void {
  writeFileAtomic(path, JSON.stringify(config, null, 2));
}
