import Store from 'electron-store';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

interface WindowState {
  bounds?: Rectangle;
  maximized?: boolean;
}

/** Remembers the main window's size and position, and keeps it on a visible screen. */
export class WindowStateKeeper {
  private readonly store: Store<WindowState>;

  constructor(userDataDir: string) {
    this.store = new Store<WindowState>({ cwd: userDataDir, name: 'window-state' });
  }

  initial(): { bounds: Partial<Rectangle>; maximized: boolean } {
    const bounds = this.store.get('bounds');
    const visible =
      bounds &&
      screen.getAllDisplays().some(({ workArea: a }) =>
        bounds.x < a.x + a.width && bounds.x + bounds.width > a.x && bounds.y < a.y + a.height && bounds.y + bounds.height > a.y,
      );
    return { bounds: visible ? bounds : { width: 1280, height: 860 }, maximized: this.store.get('maximized') ?? false };
  }

  track(window: BrowserWindow): void {
    const save = () => {
      if (window.isDestroyed()) return;
      this.store.set('maximized', window.isMaximized());
      if (!window.isMaximized() && !window.isMinimized()) this.store.set('bounds', window.getBounds());
    };
    window.on('resized', save);
    window.on('moved', save);
    window.on('close', save);
  }
}
