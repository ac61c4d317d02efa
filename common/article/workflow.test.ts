import { describe, expect, it } from 'vitest';
import { ArticleStatus } from './model';
import { canChangeStatus, canSubmitToPortal, nextStatusesForPeople } from './workflow';

describe('article workflow', () => {
  it('takes a draft through review and approval to the portal', () => {
    expect(canChangeStatus('draft', 'in_review')).toBe(true);
    expect(canChangeStatus('in_review', 'approved')).toBe(true);
    expect(canChangeStatus('approved', 'submitted')).toBe(true);
    expect(canChangeStatus('submitted', 'published')).toBe(true);
  });

  it('lets the board return an article, and the writer send it again', () => {
    expect(canChangeStatus('in_review', 'returned')).toBe(true);
    expect(canChangeStatus('returned', 'in_review')).toBe(true);
  });

  it('does not let a draft skip the board', () => {
    expect(canChangeStatus('draft', 'approved')).toBe(false);
    expect(canChangeStatus('draft', 'submitted')).toBe(false);
    expect(canChangeStatus('returned', 'approved')).toBe(false);
  });

  it('never offers people the statuses only the portal service sets', () => {
    for (const status of ArticleStatus.options) {
      expect(nextStatusesForPeople(status)).not.toContain('submitted');
      expect(nextStatusesForPeople(status)).not.toContain('published');
    }
    expect(nextStatusesForPeople('in_review')).toEqual(['approved', 'returned', 'draft']);
  });

  it('does not offer "Gửi duyệt" once an article is approved or sent; it can only be returned', () => {
    for (const status of ['approved', 'submitted', 'published'] as const) {
      expect(nextStatusesForPeople(status)).toEqual(['returned']);
      expect(canChangeStatus(status, 'in_review')).toBe(false);
    }
  });

  it('lets only approved or already sent articles go to the portal', () => {
    const allowed = ArticleStatus.options.filter(canSubmitToPortal);
    expect(allowed).toEqual(['approved', 'submitted', 'published']);
  });
});
