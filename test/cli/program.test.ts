import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, type Chosen } from '../../src/cli/program.js';

/** What a command line chooses, or the commander error it raises, and what it printed. */
function parse(argv: string[]): { chosen: Chosen | null; error: CommanderError | null; printed: string } {
  let chosen: Chosen | null = null;
  let printed = '';
  const program = buildProgram({ out: (t) => (printed += t), err: (t) => (printed += t) }, (c) => (chosen = c));
  try {
    program.parse(argv, { from: 'user' });
    return { chosen, error: null, printed };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { chosen, error, printed };
  }
}

describe('the command line', () => {
  it.each([
    [['corpus/', '--json'], 'check', ['corpus/']],
    [['check', 'corpus/', '--json'], 'check', ['corpus/']],
    [['extract', 'a/', 'b/'], 'extract', ['a/', 'b/']],
    [['reconcile', 'shard0.ndjson', '--json'], 'reconcile', ['shard0.ndjson']],
  ])('%j runs %s on %j', (argv, command, paths) => {
    expect(parse(argv).chosen).toMatchObject({ command, paths });
  });

  it('gives extract its own --format, ndjson by default', () => {
    expect(parse(['extract', '.']).chosen?.flags).toMatchObject({ format: 'ndjson' });
    expect(parse(['extract', '.', '-f', 'json']).chosen?.flags).toMatchObject({ format: 'json' });
    expect(parse(['extract', '.', '-f', 'sarif']).error?.code).toBe('commander.invalidArgument');
  });

  it('shares the input flags between check and extract, with the same checks', () => {
    for (const command of [[], ['extract']]) {
      expect(parse([...command, '.', '--published', '2024-05-10', '--ignore-pattern', 'a', '--ignore-pattern', 'b', '--concurrency', '2']).chosen?.flags).toMatchObject({
        published: '2024-05-10',
        ignorePattern: ['a', 'b'],
        concurrency: 2,
        errorOnUnmatchedPattern: true,
        configLookup: true,
      });
      const bad = parse([...command, '.', '--published', 'May 10']);
      expect(bad.error?.exitCode).not.toBe(0);
      expect(bad.printed).toContain("factcheck: option '--published <date>' argument 'May 10' is invalid. expected a date YYYY-MM-DD");
    }
  });

  it('leads the help with examples and lists the commands', () => {
    const { error, printed } = parse(['--help']);
    expect(error?.exitCode).toBe(0);
    expect(printed).toMatch(/^Examples:\n {2}factcheck articles\//);
    expect(printed).toMatch(/Commands:\n {2}check \[options\] \[paths\.\.\.\]/);
    expect(printed).toContain('--max-conflicts');
  });

  it('reports an unknown flag in one line', () => {
    const { error, printed } = parse(['extract', '.', '--bogus']);
    expect(error?.code).toBe('commander.unknownOption');
    expect(printed).toBe("factcheck: unknown option '--bogus'\n");
  });
});
