import { useEffect, useState } from 'react';
import type { AppInfo, Notice } from '../../common/api/app.api';
import { call, onConnection, onEvent } from '../services/client';
import { vi, errorMessage } from '../i18n/vi';
import { loadRoute, mayLeave, NavigationContext, saveRoute, type Route } from '../ui/navigation';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { DraftsScreen } from '../features/drafts/DraftsScreen';
import { EditorScreen } from '../features/editor/EditorScreen';
import { OutboxScreen } from '../features/outbox/OutboxScreen';
import { StatsScreen } from '../features/stats/StatsScreen';
import { NoticeBar } from './NoticeBar';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { ReviewNavButton } from '../features/review/ReviewNav';
import { useReviewNotifications } from '../features/review/use-review-notifications';
import { ShortcutsSheet } from './ShortcutsSheet';
import { AboutDialog } from './AboutDialog';
import { blockBrowserSave, openShortcuts } from '../ui/shortcuts';
import { BylineDialog } from '../features/templates/BylineDialog';
import { prewarmSpellcheck } from '../features/spellcheck/use-spellcheck';

export function App() {
  const [route, setRoute] = useState<Route>(loadRoute);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [connected, setConnected] = useState(true);
  const [aboutOpen, setAboutOpen] = useState(false);
  const reviewNotifications = useReviewNotifications();

  useEffect(() => {
    call('app.info', {}).then(
      (value) => {
        setInfo(value);
        setNotices(value.notices);
      },
      setInfoError,
    );
    const offNotice = onEvent('app.notice', (notice) => setNotices((list) => [...list, notice]));
    const offConnection = onConnection(setConnected);
    window.addEventListener('keydown', blockBrowserSave);
    // The spellchecker's engine loads while the app is idle, not when the first article opens.
    const warm = () => void prewarmSpellcheck().catch(() => {});
    let cancelWarm: () => void;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 3000 });
      cancelWarm = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(warm, 1000);
      cancelWarm = () => clearTimeout(handle);
    }
    return () => {
      cancelWarm();
      offNotice();
      offConnection();
      window.removeEventListener('keydown', blockBrowserSave);
    };
  }, []);

  const navigate = (next: Route) => {
    const go = () => {
      saveRoute(next);
      setRoute(next);
    };
    // A screen with unsaved changes may ask first (Settings).
    if (mayLeave(go)) go();
  };

  const dismiss = (id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    void call('app.dismissNotice', { id }).catch(() => {});
  };

  return (
    <NavigationContext.Provider value={navigate}>
      <div className="app">
        <nav className="app-nav" aria-label={vi.shell.appName}>
          <div className="app-brand">{vi.shell.appName}</div>
          <NavButton route={route} target={{ name: 'articles' }} label={vi.shell.nav.articles} onGo={navigate} />
          <ReviewNavButton route={route} onGo={navigate} notifications={reviewNotifications} />
          <NavButton route={route} target={{ name: 'trash' }} label={vi.shell.nav.trash} onGo={navigate} />
          <NavButton route={route} target={{ name: 'outbox' }} label={vi.shell.nav.outbox} onGo={navigate} />
          <NavButton route={route} target={{ name: 'stats' }} label={vi.shell.nav.stats} onGo={navigate} />
          <NavButton route={route} target={{ name: 'settings' }} label={vi.shell.nav.settings} onGo={navigate} />
          <span className="nav-spacer" />
          <button type="button" className="nav-item nav-help" data-testid="nav-shortcuts" onClick={openShortcuts}>
            {vi.a11y.shortcuts.button}
          </button>
        </nav>
        <main className="app-main">
          {!connected && (
            <div className="banner banner-warning" role="status">
              {vi.shell.offline}
            </div>
          )}
          <NoticeBar notices={notices} onDismiss={dismiss} />
          {infoError !== null && (
            <div className="banner banner-error" role="alert">
              {errorMessage(infoError)}
            </div>
          )}
          <Screen route={route} info={info} review={reviewNotifications} />
        </main>
        <footer className="app-status" data-testid="status-bar">
          <button type="button" className="app-version" data-testid="app-version" title={vi.shell.about.open} aria-haspopup="dialog" onClick={() => setAboutOpen(true)}>
            {info ? vi.shell.version(info.version) : vi.shell.connecting}
          </button>
          <span id="status-slot" className="app-status-slot" />
        </footer>
        {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
        <ShortcutsSheet />
        <BylineDialog />
      </div>
    </NavigationContext.Provider>
  );
}

function Screen({ route, info, review }: { route: Route; info: AppInfo | null; review: ReturnType<typeof useReviewNotifications> }) {
  switch (route.name) {
    case 'articles':
      return <DraftsScreen view="articles" />;
    case 'trash':
      return <DraftsScreen view="trash" />;
    case 'outbox':
      return <OutboxScreen />;
    case 'stats':
      return <StatsScreen />;
    case 'settings':
      return <SettingsScreen info={info} />;
    case 'review':
      return <ReviewScreen notifications={review} />;
    case 'editor':
      return <EditorScreen articleId={route.articleId} />;
  }
}

function NavButton(props: { route: Route; target: Route; label: string; onGo: (r: Route) => void }) {
  const active = props.route.name === props.target.name;
  return (
    <button
      type="button"
      className={active ? 'nav-item active' : 'nav-item'}
      aria-current={active ? 'page' : undefined}
      onClick={() => props.onGo(props.target)}
    >
      {props.label}
    </button>
  );
}
