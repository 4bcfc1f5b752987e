/**
 * A few runs of the built binary, in the fast suite: the real process, its streams and exit
 * codes. The thorough real-binary suites are test/e2e/ and test/robustness/ (npm run test:full).
 */
import { describe, expect, it } from 'vitest';
import { factcheck, root } from '../robustness/support.js';
import { writeCorpus } from '../helpers.js';

describe('the factcheck binary', () => {
  it('checks a folder: the JSON report on stdout, nothing on stderr, exit 1 over the conflict budget', () => {
    const dir = writeCorpus({
      'a.txt': 'The bus crash near Sarn killed 14 passengers on Monday, police said.',
      'b.txt': 'Police said the bus crash near Sarn killed 41 passengers.',
    });
    const run = factcheck(['.', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ sources: 2, conflicts: 1 });
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const bad = factcheck(['extract', '.', '--published', 'yesterday'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
