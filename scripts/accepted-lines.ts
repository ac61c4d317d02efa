/**
 * `npx tsx scripts/accepted-lines.ts IN OUT`: writes to OUT the lines of IN
 * in which the spellchecker finds nothing (checked as one text, as
 * `npm run spell` does). Used to keep crowd-sourced text's own typos out of
 * the language model: the Common Voice sentences were filtered with the
 * engine as it was before they were added (docs/spellcheck.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createSpellchecker } from '../common/vietnamese/index';
import { checkText, lineColumn } from '../electron/cli/check-file';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npx tsx scripts/accepted-lines.ts IN OUT');
  process.exit(2);
}
const text = readFileSync(input, 'utf8').replace(/^\uFEFF/, '');
const lines = text.split('\n');
const questioned = new Set<number>();
for (const issue of checkText(createSpellchecker(), text)) questioned.add(lineColumn(text, issue.start).line - 1);
const kept = lines.filter((_, i) => !questioned.has(i));
writeFileSync(output, kept.join('\n'));
console.log(`${lines.length} lines, ${questioned.size} with a finding left out, ${kept.length} kept → ${output}`);
