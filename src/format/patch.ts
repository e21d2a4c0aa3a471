const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Reads a unified diff of one file (GitHub's `patch` field, or one file's part of `git diff`). */
export function parsePatch(patch: string): { addedLines: Set<number>; hunks: Array<[number, number]> } {
  const addedLines = new Set<number>();
  const hunks: Array<[number, number]> = [];
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      const length = header[2] === undefined ? 1 : Number(header[2]);
      hunks.push([line, line + Math.max(length, 1) - 1]);
      continue;
    }
    if (hunks.length === 0) continue; // file headers before the first hunk
    if (text.startsWith('+')) addedLines.add(line++);
    else if (text.startsWith(' ') || text === '') line++;
    // '-' lines and '\ No newline at end of file' do not exist on the head side.
  }
  return { addedLines, hunks };
}
