import { Menu } from 'electron';
import { menuTemplate } from './menu-template';

export function buildMenu(options: { onOpenDataFolder: () => void; developerTools: boolean }): Menu {
  return Menu.buildFromTemplate(menuTemplate(options));
}
