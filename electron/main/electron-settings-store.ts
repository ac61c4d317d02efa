import Store from 'electron-store';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { Settings, defaultSettings } from '../../common/api/settings.api';
import type { NoticeBoard } from '../services/app/notice-board';
import { coerceSettings, type SettingsStore } from '../services/settings/settings-store';

/**
 * Settings in electron-store (which writes atomically). electron-store would
 * either throw on a corrupt file or, with clearInvalidConfig, silently wipe
 * it; we do neither: the file is moved aside first and the user told.
 */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store: Store<{ settings: Settings }>;

  constructor(userDataDir: string, notices: NoticeBoard) {
    const path = join(userDataDir, 'config.json');
    if (existsSync(path)) {
      try {
        JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(path, movedTo);
        notices.raise('SETTINGS_RESET', movedTo);
      }
    }
    this.store = new Store<{ settings: Settings }>({
      cwd: userDataDir,
      name: 'config',
      defaults: { settings: defaultSettings() },
    });
  }

  read(): Settings {
    return coerceSettings(this.store.get('settings'));
  }

  write(settings: Settings): void {
    this.store.set('settings', Settings.parse(settings));
  }
}
