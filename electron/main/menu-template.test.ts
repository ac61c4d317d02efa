import { describe, expect, it } from 'vitest';
import { isDeveloperBuild, menuTemplate } from './menu-template';

const roles = (developerTools: boolean): string[] =>
  menuTemplate({ onOpenDataFolder: () => {}, developerTools }).flatMap((menu) =>
    Array.isArray(menu.submenu) ? menu.submenu.map((item) => String(item.role ?? item.label ?? '')) : [],
  );

describe('the application menu', () => {
  it('shows no developer tools to end users', () => {
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('togglefullscreen');
  });

  it('shows them to developers', () => {
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('counts a packaged app as a user build unless TOASOAN_DEVTOOLS=1', () => {
    expect(isDeveloperBuild(true, {})).toBe(false);
    expect(isDeveloperBuild(true, { TOASOAN_DEVTOOLS: '1' })).toBe(true);
    expect(isDeveloperBuild(false, {})).toBe(true);
  });
});
