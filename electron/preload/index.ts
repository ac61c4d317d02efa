import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, EVENT_CHANNEL, eventNames, methodNames } from './contract-names';

/**
 * The whole bridge: `window.toasoan`, built from the contract's method list.
 * A name that is not in the contract is refused here, before any IPC.
 * No application logic lives in the preload.
 */
contextBridge.exposeInMainWorld('toasoan', {
  methods: [...methodNames],
  invoke(method: string, args: unknown) {
    if (!methodNames.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `not in the contract: ${method}` } });
    }
    return ipcRenderer.invoke(channelOf(method), args);
  },
  onEvent(listener: (name: string, payload: unknown) => void) {
    const wrapped = (_event: Electron.IpcRendererEvent, name: unknown, payload: unknown) => {
      if (typeof name === 'string' && eventNames.has(name)) listener(name, payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
});
