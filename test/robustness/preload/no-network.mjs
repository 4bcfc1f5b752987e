// Guard for the built binary: any attempt to reach the network or start a process is reported and refused.
import childProcess from 'node:child_process';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

function refuse(what) {
  return () => {
    process.stderr.write(`FORBIDDEN: ${what}\n`);
    throw new Error(`forbidden: ${what}`);
  };
}
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket.connect');
tls.connect = refuse('tls.connect');
dns.lookup = dns.resolve = refuse('dns');
dns.promises.lookup = refuse('dns.promises.lookup');
for (const name of ['spawn', 'exec', 'execFile', 'fork', 'spawnSync', 'execSync', 'execFileSync']) childProcess[name] = refuse(`child_process.${name}`);
globalThis.fetch = refuse('fetch');
syncBuiltinESMExports();
