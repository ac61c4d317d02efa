import { describe, expect, it } from 'vitest';
import { isPlainHttpRemote } from './portal.api';

describe('a password over plain http', () => {
  it('is a risk for any http:// address but this computer', () => {
    for (const url of ['http://tanthanh.gov.vn', 'HTTP://127.0.0.3:8080/wp', 'http://admin@cong.local/', 'http://127.0.0.2:8080']) {
      expect(isPlainHttpRemote(url), url).toBe(true);
    }
    for (const url of ['https://tanthanh.gov.vn', 'http://localhost:8080', 'http://LOCALHOST./', 'http://cong.localhost', 'http://127.0.0.1:41234', 'http://[::1]:80/', 'tanthanh.gov.vn', '']) {
      expect(isPlainHttpRemote(url), url).toBe(false);
    }
  });
});
