/** What the client needs from a transport (Electron preload or WebSocket). */
export interface Transport {
  call(method: string, args: unknown): Promise<WireResult>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  onConnection(listener: (connected: boolean) => void): () => void;
}

export type WireResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

