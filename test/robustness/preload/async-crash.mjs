// Fault injection for the built binary: an error thrown outside any promise chain while files are read.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const original = fsp.readdir;
fsp.readdir = async (...args) => {
  setImmediate(() => {
    throw new TypeError('injected asynchronous fault');
  });
  return original(...args);
};
syncBuiltinESMExports();
