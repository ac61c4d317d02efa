import { existsSync, readFileSync, renameSync } from 'node:fs';
import { Settings, defaultSettings } from '../../../common/api/settings.api';
import { writeFileAtomic } from '../fs-atomic';
import { coerceSettings, type SettingsStore } from './settings-store';

export interface CorruptFileReport {
  /** Where the unreadable file was moved. */
  movedTo: string;
}

/**
 * Settings in a JSON file (browser host, tests). A file that is not JSON is
 * moved aside (never deleted: the user may want it back) and reported through
 * `onCorrupt` so the UI can say so; the app then starts with defaults.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private cache: Settings;

  constructor(
    private readonly path: string,
    onCorrupt: (report: CorruptFileReport) => void = () => {},
  ) {
    this.cache = this.load(onCorrupt);
  }

  read(): Settings {
    return structuredClone(this.cache);
  }

  write(settings: Settings): void {
    const valid = Settings.parse(settings);
    writeFileAtomic(this.path, `${JSON.stringify(valid, null, 2)}\n`);
    this.cache = valid;
  }

  private load(onCorrupt: (report: CorruptFileReport) => void): Settings {
    if (!existsSync(this.path)) return defaultSettings();
    const text = readFileSync(this.path, 'utf8');
    try {
      return coerceSettings(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      const movedTo = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(this.path, movedTo);
      onCorrupt({ movedTo });
      return defaultSettings();
    }
  }
}
