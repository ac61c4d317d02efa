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

/**
 * Sends every pending save now and waits for the service to acknowledge it
 * (at most `timeoutMs`). "Gửi lên cổng" calls it so that what the portal gets
 * is exactly what the user sees at the click. False when something is still
 * unsaved at the deadline.
 */
export async function flushPendingSaves(timeoutMs = 15_000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const all = Promise.all([...flushes].map((flush) => flush())).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([all, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
