import { shell, session, type BrowserWindow, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../../common/security/csp';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://toasoan`;

/** The desktop app's policy; the browser host sends the same one (common/security/csp.ts). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Permissions the app may be granted; everything else is denied. */
const allowedPermissions = new Set<string>(['clipboard-sanitized-write']);

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowedPermissions.has(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** http(s) links open in the system browser; nothing navigates the app's window away. */
export function guardNavigation(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      event.preventDefault();
      openExternalIfWeb(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openExternalIfWeb(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'http:' || protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: ignore
  }
}

export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false, // our own Vietnamese checker does this job
  };
}

export function isOwnWindow(window: BrowserWindow): boolean {
  return window.webContents.getURL().startsWith(`${APP_ORIGIN}/`);
}
