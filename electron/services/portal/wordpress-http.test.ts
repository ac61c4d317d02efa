import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import { z } from 'zod';
import { restUrl, siteBase, wpRequest } from './wordpress-http';

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
