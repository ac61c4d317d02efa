/**
 * Base64 for the contract's binary fields (Yjs updates, images), in every
 * layer. Under Node (services, host, tests) Buffer does it natively; the
 * renderer has no Buffer and uses atob/btoa, in chunks so that big images do
 * not overflow the stack. (Node's own btoa is far slower than Buffer on a
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
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
const web = globalThis as unknown as WebBase64;

export function toBase64(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return web.btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(text, 'base64'));
  const binary = web.atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
