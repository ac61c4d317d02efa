import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../common/api/settings.api';
import { JsonFileSettingsStore } from './json-file-store';
import { applyPatch, coerceSettings } from './settings-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON-file settings store', () => {
  it('starts from the district portal defaults when there is no file', () => {
    const store = new JsonFileSettingsStore(join(dir, 'settings.json'));
    expect(store.read().categories).toContain('Đấu thầu - Mua sắm công');
    expect(store.read().portal.postStatus).toBe('pending');
  });

  it('writes atomically and reads back what it wrote', () => {
    const path = join(dir, 'settings.json');
    const store = new JsonFileSettingsStore(path);
    store.write(applyPatch(store.read(), { authorName: 'Ngọc Diệu - Chí Tâm', portal: { url: 'http://cong.local' } }));
    expect(readdirSync(dir)).toEqual(['settings.json']);
    const reopened = new JsonFileSettingsStore(path);
    expect(reopened.read().authorName).toBe('Ngọc Diệu - Chí Tâm');
    expect(reopened.read().portal).toEqual({
      type: 'wordpress',
      url: 'http://cong.local',
      username: '',
      postStatus: 'pending',
      checkedUrl: '',
      plainHttpAcceptedFor: '',
    });
  });

  it('moves a corrupt file aside, reports where, and starts with defaults', () => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"authorName": "Chí Tâm",');
    const reports: string[] = [];
    const store = new JsonFileSettingsStore(path, ({ movedTo }) => reports.push(movedTo));
    expect(store.read()).toEqual(defaultSettings());
    expect(reports).toHaveLength(1);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(reports[0]!, 'utf8')).toBe('{"authorName": "Chí Tâm",');
  });

  it('keeps the good values of a file with some bad ones', () => {
    const settings = coerceSettings({ authorName: 'Chí Tâm', toneStyle: 'sideways', categories: 'Kinh tế', unknown: 1 });
    expect(settings.authorName).toBe('Chí Tâm');
    expect(settings.toneStyle).toBe('old');
    expect(settings.categories).toEqual(defaultSettings().categories);
    expect('unknown' in settings).toBe(false);
  });

  it('reads a file saved with a byte-order mark', () => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, '\uFEFF{"authorName":"Thùy"}');
    expect(new JsonFileSettingsStore(path).read().authorName).toBe('Thùy');
  });

  it('leaves the old file intact when a write is refused', () => {
    const path = join(dir, 'settings.json');
    const store = new JsonFileSettingsStore(path);
    store.write(applyPatch(store.read(), { authorName: 'A' }));
    expect(() => store.write({ ...store.read(), toneStyle: 'bad' as never })).toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8')).authorName).toBe('A');
  });
});
