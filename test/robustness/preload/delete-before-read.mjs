// Fault injection for the built binary: the file named by FACTCHECK_TEST_DELETE is deleted just
// before factcheck opens it, as if another process removed it between listing and reading.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const target = path.resolve(process.env.FACTCHECK_TEST_DELETE ?? '');
for (const name of ['open', 'readFile']) {
  const original = fsp[name];
  fsp[name] = async (file, ...rest) => {
    if (typeof file === 'string' && path.resolve(file) === target) fs.rmSync(target, { force: true });
    return original(file, ...rest);
  };
}
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = (file, ...rest) => {
    if (typeof file === 'string' && path.resolve(file) === target) fs.rmSync(target, { force: true });
    return original(file, ...rest);
  };
}
syncBuiltinESMExports();
