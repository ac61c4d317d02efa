import { describe, expect, it } from 'vitest';
import { may } from '../../../common/article/review-rights';
import { currentReviewer } from './current-reviewer';

describe('currentReviewer', () => {
  it('is the local user with every right when no hub account is signed in', () => {
    const who = currentReviewer({ authorName: '  Lê Văn Tám ' }, { user: null });
    expect(who).toEqual({ id: 'local:Lê Văn Tám', name: 'Lê Văn Tám', role: 'admin' });
    expect(may(who, 'decide')).toBe(true);
  });

  it("is the hub's user, with the hub's role, when signed in", () => {
    const who = currentReviewer({ authorName: 'Tên trên máy' }, { user: { id: 7, name: 'Nguyễn Thị Hoa', role: 'contributor' } });
    expect(who).toEqual({ id: 'hub:7', name: 'Nguyễn Thị Hoa', role: 'contributor' });
    expect(may(who, 'decide')).toBe(false);
    expect(may(who, 'reply')).toBe(true);
  });
});
