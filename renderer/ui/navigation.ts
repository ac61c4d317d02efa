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

/**
 * A screen with unsaved changes (Settings) may hold the user back: it answers
 * false and, once the user agrees to leave, calls `proceed`.
 */
export type LeaveGuard = (proceed: () => void) => boolean;
let leaveGuard: LeaveGuard | null = null;

export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}

/** Whether the route may change now; when not, the guard calls `proceed` later (or never). */
export function mayLeave(proceed: () => void): boolean {
  return leaveGuard ? leaveGuard(proceed) : true;
}
