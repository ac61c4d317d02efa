import { createContext, useContext } from 'react';

/** Where the user is. Kept in sessionStorage so a reload returns there. */
export type Route =
  | { name: 'articles' }
  | { name: 'trash' }
  | { name: 'outbox' }
  | { name: 'stats' }
  | { name: 'settings' }
  | { name: 'review' }
  | { name: 'editor'; articleId: string };

const ROUTE_KEY = 'toasoan.route';

export function loadRoute(): Route {
  try {
    const raw = sessionStorage.getItem(ROUTE_KEY);
    if (raw) return JSON.parse(raw) as Route;
  } catch {
    // a damaged value just means: start at the article list
  }
  return { name: 'articles' };
}

export function saveRoute(route: Route): void {
  sessionStorage.setItem(ROUTE_KEY, JSON.stringify(route));
}

export const NavigationContext = createContext<(route: Route) => void>(() => {});
export const useNavigate = () => useContext(NavigationContext);
