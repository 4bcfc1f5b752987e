import type { Progress } from '../pipeline/types.js';

/** A progress line on standard error, rewritten in place; `done` clears it. */
export function progressLine(write: (text: string) => void, enabled: boolean): { update: (p: Progress) => void; done: () => void } {
  if (!enabled) return { update: () => {}, done: () => {} };
  let shown = false;
  return {
    update(p) {
      const text = p.stage === 'read' ? `reading ${p.done}/${p.total} files` : `extracting ${p.done}/${p.total} articles, ${p.claims} claims`;
      write(`\r\u001b[2Kfactcheck: ${text}`);
      shown = true;
    },
    done() {
      if (shown) write('\r\u001b[2K');
      shown = false;
    },
  };
}
