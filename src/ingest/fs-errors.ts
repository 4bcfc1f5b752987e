/** File system error codes in words, for diagnostics. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no longer exists (deleted while factcheck ran?)',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'path too long',
  EBUSY: 'busy',
  ERR_FS_FILE_TOO_LARGE: 'too large to read',
  ERR_STRING_TOO_LONG: 'too large to read as text',
};

/** "permission denied (EACCES)"; the error's message when it has no known code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
