import { afterEach } from 'vitest';

/** Things to undo after each test of the file, in reverse order (call once, at the top of a test file). */
export function cleanupAfterEach(): (undo: () => unknown) => void {
  const undos: Array<() => unknown> = [];
  afterEach(async () => {
    for (const undo of undos.splice(0).reverse()) await undo();
  });
  return (undo) => undos.push(undo);
}
