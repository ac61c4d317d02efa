import { Settings, defaultSettings, type SettingsPatch } from '../../../common/api/settings.api';

/**
 * Where settings live. The desktop app backs this with electron-store; the
 * browser host and the tests with a JSON file. Both must write atomically.
 */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): void;
}

/** Parses whatever was on disk leniently: unknown keys dropped, bad values defaulted. */
export function coerceSettings(raw: unknown): Settings {
  const strict = Settings.safeParse(raw);
  if (strict.success) return strict.data;
  const base = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return base;
  const record = raw as Record<string, unknown>;
  const result: Record<string, unknown> = { ...base };
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(record[key]);
    if (field.success) result[key] = field.data;
  }
  return Settings.parse(result);
}

export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...current, ...patch, portal: { ...current.portal, ...(patch.portal ?? {}) } };
  return Settings.parse(next);
}
