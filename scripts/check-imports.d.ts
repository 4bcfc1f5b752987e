/** Every broken import rule of the TypeScript files under `srcDir`, one line each; empty when there is none. */
export function importProblems(srcDir: string): string[];

/** The import graph of a source folder: file (relative, forward slashes) → the specifiers it imports. */
export function importGraph(srcDir: string): Map<string, string[]>;
