import { describe, expect, it } from 'vitest';
import { gatherInputs } from '../../src/cli/inputs.js';
import type { CliIo } from '../../src/cli/io.js';
import type { InputFlags } from '../../src/cli/program.js';
import { FactcheckError } from '../../src/errors.js';
import { writeCorpus } from '../helpers.js';

const flags: InputFlags = { configLookup: true, ignorePattern: [], errorOnUnmatchedPattern: true };
const io = (cwd: string, stdin?: () => Promise<string>): CliIo => ({ stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, cwd, ...(stdin ? { readStdin: stdin } : {}) });

describe('gathering inputs', () => {
  it('adds the paths of a file list, skipping blank lines and comments', async () => {
    const dir = writeCorpus({ 'list.txt': 'a.txt\n\n# old\nb/\n' });
    expect(await gatherInputs(['c.txt'], { ...flags, fileList: 'list.txt' }, io(dir))).toEqual({ inputs: ['c.txt', 'a.txt', 'b/'], stdin: null });
  });

  it('reads the article on standard input for -, under the name given', async () => {
    const gathered = await gatherInputs(['-'], { ...flags, stdinFilename: 'piped.md' }, io('/', async () => 'It opened.'));
    expect(gathered.stdin).toEqual({ text: 'It opened.', filename: 'piped.md' });
  });

  it('keeps going beside other inputs when standard input cannot be read', async () => {
    const unreadable = async () => Promise.reject(new FactcheckError('E_NO_INPUT', 'standard input: binary content'));
    expect((await gatherInputs(['-', 'a.txt'], flags, io('/', unreadable))).stdin).toEqual({ text: '', unreadable: 'binary content' });
    await expect(gatherInputs(['-'], flags, io('/', unreadable))).rejects.toThrow('standard input: binary content');
  });

  it.each([
    [[], {}, "missing required argument 'paths'"],
    [['-'], { fileList: '-' }, '--file-list - and the input - cannot both read standard input'],
    [['x'], { fileList: 'missing.txt' }, 'cannot read the file list missing.txt (ENOENT)'],
  ])('rejects %j with %j: %s', async (args, extra, message) => {
    await expect(gatherInputs(args, { ...flags, ...extra }, io(writeCorpus({})))).rejects.toThrow(message);
  });
});
