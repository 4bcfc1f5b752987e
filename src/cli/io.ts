/** What the CLI may touch of the outside world; bin/factcheck passes the real process's. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). Default: false. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input; called only for `-` or `--file-list -`. */
  readStdin?: () => Promise<string>;
  cwd: string;
}

/** Exit codes: 0 within the conflict budget, 1 over it, 2 usage or input error. */
export const EXIT = { OK: 0, CONFLICTS: 1, ERROR: 2 } as const;
