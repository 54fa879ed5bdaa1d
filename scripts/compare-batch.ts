/**
 * `compare --corpus DIR [--format csv|json]`: every meeting of a corpus folder (the readouts/ layout) compared
 * in one process — per meeting and side its topics with their evidence sentences, facts, set phrases and
 * commitments. The folder is validated by the project's corpus loader first (a problem: exit 2, one line naming
 * the file and the field); the lexicon and the ledger data are compiled once. Each meeting compares each side's
 * text closest to the official one, as the meeting list does (src/core/view/text-choice.ts).
 */
import { isAlignLimitError } from '../src/core/compare/align-band';
import { checkCorpus } from '../src/core/corpus/index';
import { compareInputOf, defaultChoice, findText } from '../src/core/view/text-choice';
import type { BatchArgs } from './cli-args';
import { type CompareRun, dataOrFailure, describeError, fail, isRun } from './cli-run';
import { csvFormat } from './compare-batch-csv';
import { jsonFormat } from './compare-batch-json';
import { compareWithLedger } from './compare-meeting';
import { type CorpusFolder, CorpusFolderError, readCorpusFolder } from './corpus-folder';

export async function runBatch(args: BatchArgs): Promise<CompareRun> {
  let folder: CorpusFolder;
  try {
    folder = readCorpusFolder(args.dir);
  } catch (error) {
    if (error instanceof CorpusFolderError) return fail(error.message, 2);
    return fail(`${args.dir}: internal error (${describeError(error)})`, 1);
  }
  const { meetings, errors } = checkCorpus(folder.files, { root: folder.root });
  const [first] = errors;
  if (first) {
    const n = errors.length - 1;
    const more = n > 0 ? ` (and ${n} more problem${n === 1 ? '' : 's'} in ${args.dir})` : '';
    return fail(`${first.message}${more}`, 2);
  }
  const data = await dataOrFailure(args.dir);
  if (isRun(data)) return data;

  // Each meeting is written out as soon as it is compared, so memory does not grow with the corpus.
  const format = args.format === 'json' ? jsonFormat(folder.root) : csvFormat();
  const out = [format.head];
  for (const [index, meeting] of meetings.entries()) {
    const choice = defaultChoice(meeting);
    const texts = [findText(meeting, choice.cn), findText(meeting, choice.us)] as const;
    const where = texts.map((t) => t?.file ?? meeting.id).join(', ');
    try {
      const result = await compareWithLedger(
        compareInputOf(texts[0], 'cn'),
        compareInputOf(texts[1], 'us'),
        data,
        { meeting, readoutIds: [choice.cn, choice.us] },
      );
      out.push(format.meeting({ meeting, readouts: [texts[0], texts[1]], ...result }, index));
    } catch (error) {
      if (isAlignLimitError(error)) return fail(`${where}: ${error.message}`, 2);
      return fail(`${where}: internal error (${describeError(error)})`, 1);
    }
  }
  out.push(format.tail);
  return { status: 0, stdout: out.join(''), stderr: '' };
}
