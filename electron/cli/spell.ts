/**
 * `npm run -s spell -- [--json] [--learn DIR] [--words FILE] [--style old|new] FILE`
 *
 * Prints the issues of a UTF-8 text file: a JSON array with --json, else a
 * readable report. Exit 0 whether or not it finds errors; 2 with a message in
 * Vietnamese when a file cannot be read; 64 on bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { createSpellchecker, type ToneStyle } from '../../common/vietnamese/index';
import { checkText, formatReport } from './check-file';
import { readCorpus, stripBom } from './corpus';

interface Args { json: boolean; file?: string; learn?: string; words?: string; style?: ToneStyle }

export function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--learn' || a === '--words' || a === '--style') {
      const value = argv[++i];
      if (!value) return `Thiếu giá trị cho ${a}.`;
      if (a === '--learn') args.learn = value;
      else if (a === '--words') args.words = value;
      else if (value === 'old' || value === 'new') args.style = value;
      else return 'Kiểu dấu phải là "old" hoặc "new".';
    } else if (a.startsWith('--')) return `Không hiểu tuỳ chọn ${a}.`;
    else args.file = a;
  }
  return args.file ? args : 'Cách dùng: npm run -s spell -- [--json] [--learn THƯ_MỤC] [--words TỆP] [--style old|new] TỆP';
}

async function readText(path: string): Promise<string | null> {
  try {
    return stripBom(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') { process.stderr.write(args + '\n'); return 64; }
  const text = await readText(args.file!);
  if (text === null) { process.stderr.write(`Không đọc được tệp “${args.file}”.\n`); return 2; }
  const checker = createSpellchecker({ style: args.style });
  if (args.words) {
    const words = await readText(args.words);
    if (words === null) { process.stderr.write(`Không đọc được từ điển người dùng “${args.words}”.\n`); return 2; }
    for (const w of words.split('\n')) if (w.trim()) checker.addUserWord(w.trim());
  }
  if (args.learn) {
    try {
      checker.learnFromCorpus(await readCorpus(args.learn));
    } catch {
      process.stderr.write(`Không đọc được kho văn bản “${args.learn}”.\n`);
      return 2;
    }
  }
  const issues = checkText(checker, text);
  process.stdout.write(args.json ? JSON.stringify(issues, null, 2) + '\n' : formatReport(args.file!, text, issues) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
