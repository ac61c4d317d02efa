/** What the client needs from a transport (Electron preload or WebSocket). */
export interface Transport {
  call(method: string, args: unknown): Promise<WireResult>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  onConnection(listener: (connected: boolean) => void): () => void;
  /**
   * Sends a file's bytes as they are (the browser host's `POST /upload`) and
   * gives their id for `import.file`; null when this transport has no such
   * way or it failed (the caller then sends base64 in the call itself).
   */
  upload?(bytes: Uint8Array | Blob): Promise<string | null>;
}

export type WireResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

