/**
 * `npm run bench:legacy`: legacy-encoding detection on this machine, printed
 * as JSON. Budget: detecting the encoding of 20,000 words < 20 ms. The text
 * is the spellchecker's clean evaluation sentences, repeated to 20,000 words,
 * as Unicode and as TCVN3, VNI and VIQR. "cold" is the first call in a fresh
 * process (empty word cache); "warm" the median of later calls on new text of
 * the same kind. `full` converts the whole text as well. On a loaded machine
 * wall time mostly measures waiting for a core: `warmCpuMedianMs` is the
 * same calls' CPU time (process.cpuUsage), which the load does not inflate.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { convertLegacy, detectEncoding } from '../common/vietnamese/legacy';
import { toTcvn3, toViqr, toVni } from '../common/vietnamese/legacy/encode';

const sentences = readFileSync(new URL('../tests/spell-eval/clean.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));

function words20k(offset: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = offset; count < 20_000; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kinds = { unicode: (s: string) => s, tcvn3: toTcvn3, vni: toVni, viqr: toViqr } as const;
const result: Record<string, unknown> = {};
for (const [name, encode] of Object.entries(kinds)) {
  const texts = Array.from({ length: 8 }, (_, i) => encode(words20k(i * 37)));
  let t = performance.now();
  const first = detectEncoding(texts[0]!);
  const cold = performance.now() - t;
  const cpu: number[] = [];
  const warm = texts.slice(1).map((text) => {
    const c = process.cpuUsage();
    t = performance.now();
    detectEncoding(text);
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    return wall;
  });
  t = performance.now();
  convertLegacy(texts[1]!);
  const full = performance.now() - t;
  result[name] = {
    words: texts[0]!.split(/\s+/).length,
    detected: first.encoding,
    confidence: first.confidence,
    coldMs: Number(cold.toFixed(2)),
    warmMedianMs: Number(median(warm).toFixed(2)),
    warmCpuMedianMs: Number(median(cpu).toFixed(2)),
    detectAndConvertMs: Number(full.toFixed(2)),
  };
}
console.log(JSON.stringify({ budgetMs: 20, ...result, load1: Number(loadavg()[0]!.toFixed(2)) }, null, 2));
