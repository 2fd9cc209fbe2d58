// Failures while reading become one short line for the user: what went wrong, never a stack.

const BY_CODE: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  Z_BUF_ERROR: 'truncated gzip data (unexpected end of file)',
  Z_DATA_ERROR: 'corrupt gzip data',
};

export function describeProblem(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && BY_CODE[code]) return BY_CODE[code]!;
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.trim() || 'unreadable';
}
