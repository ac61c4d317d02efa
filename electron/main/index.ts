import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { startupCause, startupFailure } from '../../common/messages/storage';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRuntime, type Runtime } from '../services/bootstrap';
import { WINDOW_ICON } from './app-icon';
import { ElectronSettingsStore } from './electron-settings-store';
import { registerIpc, sendEvent } from './ipc';
import { buildMenu } from './menu';
import { isDeveloperBuild } from './menu-template';
import { registerAppScheme, serveRenderer } from './protocol';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { APP_ORIGIN, guardNavigation, hardenSession, secureWebPreferences } from './security';
import { WindowStateKeeper } from './window-state';

/**
 * The desktop shell: lifecycle, one window, the IPC transport. Everything
 * else lives in the services, which the browser host runs the same way.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

if (process.env.TOASOAN_USER_DATA) app.setPath('userData', process.env.TOASOAN_USER_DATA);

// Every renderer sandboxed, whatever its webPreferences (Electron's security checklist).
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let runtime: Runtime | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  app.whenReady().then(() => {
    const userData = app.getPath('userData');
    hardenSession();
    serveRenderer(rendererDir);
    try {
      runtime = openRuntime({
        dataDir: userData,
        transport: 'electron',
        version: app.getVersion(),
        settings: (notices) => new ElectronSettingsStore(userData, notices),
        secrets: new SafeStorageSecretStore(userData),
      });
    } catch (error) {
      showStartupFailure(error, userData);
      return;
    }
    registerIpc(runtime.handlers, APP_ORIGIN);
    // Developer tools (menu item and Ctrl+Shift+I) only for developers, never for the newsroom's users.
    const developerTools = isDeveloperBuild(app.isPackaged, process.env);
    Menu.setApplicationMenu(buildMenu({ onOpenDataFolder: () => void shell.openPath(userData), developerTools }));

    const windowState = new WindowStateKeeper(userData);
    const { bounds, maximized } = windowState.initial();
    mainWindow = new BrowserWindow({
      ...bounds,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Tòa Soạn',
      icon: join(app.getAppPath(), WINDOW_ICON),
      webPreferences: { ...secureWebPreferences(preloadPath), devTools: developerTools },
    });
    windowState.track(mainWindow);
    if (maximized) mainWindow.maximize();
    const window = mainWindow;
    const off = runtime.onEvent((name, payload) => sendEvent(window.webContents, name, payload));
    window.on('closed', () => {
      off();
      mainWindow = null;
    });
    window.once('ready-to-show', () => window.show());
    keepTypedTextOnClose(window);
    void window.loadURL(`${APP_ORIGIN}/index.html`);
    // Anything else that stops the start: no unhandled rejection, no silent exit.
  }).catch((error: unknown) => showStartupFailure(error, app.getPath('userData')));

  // Close the services (flushing pending draft writes) before the process ends.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !runtime) return;
    event.preventDefault();
    quitting = true;
    void runtime.close().finally(() => app.quit());
  });

  app.on('window-all-closed', () => app.quit());
}

/**
 * A start that fails is never silent: a Vietnamese dialog with the cause and
 * the data folder (a button opens it), then the app quits.
 */
function showStartupFailure(error: unknown, dataDir: string): void {
  console.error('start-up failed', error);
  const failure = startupFailure(startupCause(error), dataDir);
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: failure.title,
    message: failure.message,
    detail: failure.detail,
    buttons: ['Mở thư mục dữ liệu', 'Đóng'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  const quit = () => app.exit(1);
  if (choice === 0) void shell.openPath(dataDir).finally(quit);
  else quit();
}

/**
 * Closing the window must not drop what was just typed: first ask the page to
 * send its pending edits (renderer/ui/flush-on-close.ts) and wait for the
 * services to acknowledge them, at most a few seconds; then close for real,
 * without letting a beforeunload handler hold the window open.
 */
function keepTypedTextOnClose(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    flushed = true;
    const flush = window.webContents
      .executeJavaScript('typeof window.__toasoanFlush === "function" ? window.__toasoanFlush() : true', true)
      .catch(() => false);
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000));
    void Promise.race([flush, timeout]).then(() => {
      if (!window.isDestroyed()) window.close();
    });
  });
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
}
