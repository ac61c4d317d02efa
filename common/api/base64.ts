/**
 * Base64 for the contract's binary fields (Yjs updates, images), in every
 * layer. Under Node (services, host, tests) Buffer does it natively; the
 * renderer has no Buffer: it uses Uint8Array's own toBase64/fromBase64 where the
 * browser has them (native, about ten times faster on a picture), else
 * atob/btoa, in chunks so that big images do not overflow the stack. (Node's own btoa is far slower than Buffer on a
 * long article, so the services never use it.)
 */
interface NodeBuffer {
  from(bytes: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string };
  from(text: string, encoding: 'base64'): Uint8Array;
}
interface WebBase64 {
  btoa(binary: string): string;
  atob(text: string): string;
}
/** The TC39 base64 methods (Chromium 140+, so Electron 45's renderer and Debian's Chromium). */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
const web = globalThis as unknown as WebBase64;
const nativeTo = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFrom = (Uint8Array as unknown as NativeFromBase64).fromBase64;

export function toBase64(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  if (nativeTo) return nativeTo.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return web.btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(text, 'base64'));
  if (nativeFrom) return nativeFrom(text);
  const binary = web.atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
