import type { MenuItemConstructorOptions } from 'electron';

/**
 * Whether this run is a developer's: not packaged (npm start), or asked for
 * with TOASOAN_DEVTOOLS=1 (to look into a problem on a user's machine).
 */
export function isDeveloperBuild(packaged: boolean, env: Record<string, string | undefined>): boolean {
  return !packaged || env.TOASOAN_DEVTOOLS === '1';
}

/**
 * The application menu, in Vietnamese. Editing roles keep the OS shortcuts.
 * The developer tools are there only for developers (`developerTools`: an
 * unpackaged run, or TOASOAN_DEVTOOLS=1), never for the newsroom's users.
 */
export function menuTemplate(options: { onOpenDataFolder: () => void; developerTools: boolean }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: options.onOpenDataFolder },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Dán không định dạng', role: 'pasteAndMatchStyle' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ thật', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...(options.developerTools ? [{ label: 'Công cụ cho nhà phát triển', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Cửa sổ',
      submenu: [
        { label: 'Thu nhỏ', role: 'minimize' },
        { label: 'Đóng', role: 'close' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu Tòa Soạn', role: 'about' }],
    },
  ];
  return template;
}
