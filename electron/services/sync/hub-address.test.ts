import { describe, expect, it } from 'vitest';
import { parseHubAddress } from './hub-address';

describe('hub address', () => {
  it('reads what people type and warns about plain ws:// to another machine', () => {
    expect(parseHubAddress('127.0.0.1:8787')).toEqual({ ws: 'ws://127.0.0.1:8787', http: 'http://127.0.0.1:8787', insecure: false });
    expect(parseHubAddress('http://[::1]:9000/')).toMatchObject({ ws: 'ws://[::1]:9000', insecure: false });
    expect(parseHubAddress('ws://localhost:1')).toMatchObject({ insecure: false });
    expect(parseHubAddress('toasoan.huyen.vn:8787')).toMatchObject({ ws: 'ws://toasoan.huyen.vn:8787', insecure: true });
    expect(parseHubAddress('https://toasoan.huyen.vn')).toEqual({ ws: 'wss://toasoan.huyen.vn', http: 'https://toasoan.huyen.vn', insecure: false });
    expect(parseHubAddress('ftp://x')).toBeNull();
    expect(parseHubAddress('ws://user:pw@x')).toBeNull();
    expect(parseHubAddress('')).toBeNull();
  });
});
