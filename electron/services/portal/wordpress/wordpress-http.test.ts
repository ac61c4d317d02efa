import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/api/errors';
import { z } from 'zod';
import { isAuthFailure, restUrl, siteBase, wpRequest } from './wordpress-http';

describe('WordPress addresses', () => {
  it('accepts the site address however the newsroom types it', () => {
    for (const typed of ['https://tanthanh.gov.vn', 'https://tanthanh.gov.vn/', 'https://tanthanh.gov.vn/wp-json/', ' tanthanh.gov.vn ', 'https://tanthanh.gov.vn/index.php']) {
      expect(siteBase(typed)).toBe('https://tanthanh.gov.vn');
    }
    expect(siteBase('http://127.0.0.1:8080/cong/')).toBe('http://127.0.0.1:8080/cong');
  });

  it('addresses REST routes with rest_route so plain permalinks work too', () => {
    expect(restUrl('https://x.vn/', '/wp/v2/posts', { slug: 'toasoan-a1', status: 'any' })).toBe(
      'https://x.vn/?rest_route=%2Fwp%2Fv2%2Fposts&slug=toasoan-a1&status=any',
    );
  });

  it('refuses an address that is not a URL before any request', async () => {
    const failure = await wpRequest({ url: 'http://exa mple', username: 'u', applicationPassword: 'p' }, 'GET', '/', z.unknown()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).code).toBe('PORTAL_NOT_CONFIGURED');
  });
});

describe('a failed sign-in, however the site says it', () => {
  it('is 401, a 403 that is not "signed in but not allowed", or a 400 naming the credentials', () => {
    expect(isAuthFailure(401, undefined)).toBe(true);
    expect(isAuthFailure(403, 'rest_forbidden')).toBe(true);
    expect(isAuthFailure(403, undefined)).toBe(true);
    expect(isAuthFailure(403, 'rest_cannot_create')).toBe(false);
    expect(isAuthFailure(400, 'rest_forbidden_status')).toBe(true);
    expect(isAuthFailure(400, 'invalid_username')).toBe(true);
    expect(isAuthFailure(400, 'incorrect_password')).toBe(true);
    expect(isAuthFailure(400, 'rest_invalid_param')).toBe(false);
    expect(isAuthFailure(404, 'rest_no_route')).toBe(false);
  });
});
