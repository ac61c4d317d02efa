import type { ArticleStatus } from './model';

/**
 * The newsroom's flow (docs/glossary.md): a collaborator or editor sends a draft
 * for review; the board approves it or returns it with requests; an approved
 * article goes to the portal. `submitted` and `published` are set by the
 * portal service, never by a button.
 */
const transitions: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['in_review'],
  in_review: ['approved', 'returned', 'draft'],
  returned: ['in_review', 'draft'],
  // An approved or sent article goes back to the writer ("Trả lại"), never
  // straight back to review: "Gửi duyệt" is for drafts and returned articles.
  approved: ['submitted', 'returned'],
  submitted: ['published', 'returned'],
  published: ['returned'],
};

/** Statuses only the services set (after the portal answered). */
export const serviceOnlyStatuses: ReadonlySet<ArticleStatus> = new Set(['submitted', 'published']);

export function canChangeStatus(from: ArticleStatus, to: ArticleStatus): boolean {
  return transitions[from].includes(to);
}

/** What a person may do next, in the order the buttons appear. */
export function nextStatusesForPeople(from: ArticleStatus): ArticleStatus[] {
  return transitions[from].filter((to) => !serviceOnlyStatuses.has(to));
}

/** Statuses from which an article may go to the portal: approved, or already sent once (a resend). */
export const portalStatuses: ReadonlySet<ArticleStatus> = new Set(['approved', 'submitted', 'published']);

export function canSubmitToPortal(status: ArticleStatus): boolean {
  return portalStatuses.has(status);
}
