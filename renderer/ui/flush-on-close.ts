/**
 * Work that must finish before the window closes (the editor's unsent
 * updates). The desktop shell calls `window.__toasoanFlush()` from the main
 * process when the user closes the window or quits, waits for it (a few
 * seconds at most), and only then lets the window go.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

declare global {
  interface Window {
    __toasoanFlush?: () => Promise<boolean>;
  }
}

window.__toasoanFlush = async () => {
  await Promise.allSettled([...flushes].map((flush) => flush()));
  return true;
};

export function flushOnClose(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}
