import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/factcheck.js');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Use in CI'), readme.indexOf('\n## ', readme.indexOf('### Use in CI')));

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** Runs a README command line with the built binary in place of `npx factcheck`. */
function runCommand(line: string, cwd: string, env: Record<string, string> = {}) {
  const args = line.trim().replace(/^npx factcheck\s+/, '').split(/\s+/);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the README\'s "Use in CI" workflow', () => {
  const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '') as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const factcheckStep = steps.find((s) => s.run?.startsWith('npx factcheck')) as Step;
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif')) as Step;

  it('is valid YAML that runs factcheck and uploads the SARIF file it writes, even when the check fails', () => {
    expect(factcheckStep.run).toMatch(/--report sarif=(\S+)/);
    expect(upload.with?.sarif_file).toBe(/--report sarif=(\S+)/.exec(factcheckStep.run ?? '')?.[1]);
    expect(upload.if).toBe('always()');
  });

  it('fails on corpus/ before the baseline, and passes after the documented adoption command', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-ci-'));
    cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    const before = runCommand(factcheckStep.run ?? '', dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/^::error file=corpus\//);

    const adopt = /```sh\n(npx factcheck [^\n]*--update-baseline)\n/.exec(section)?.[1] ?? '';
    expect(runCommand(adopt, dir).code).toBe(0);
    const after = runCommand(factcheckStep.run ?? '', dir);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^✔ no conflicts \(5 sources, \d+ claims, 1 suppressed\)\n$/);
    const sarif = JSON.parse(readFileSync(path.join(dir, upload.with?.sarif_file as string), 'utf8'));
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
  });
});
