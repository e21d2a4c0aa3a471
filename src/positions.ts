/** Turns file offsets into 1-based line and column numbers (columns count UTF-16 code units). */
export class LineIndex {
  private starts: number[] | undefined;
  private content: string | (() => string);

  /** The text, or a function that makes it: then it is made on first use, like the line starts. */
  constructor(text: string | (() => string)) {
    this.content = text;
  }

  get text(): string {
    if (typeof this.content === 'function') this.content = this.content();
    return this.content;
  }

  /** Found on first use: most texts checked never need a line number (they have no findings). */
  private get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  /** 1-based line and column of the character at `offset` (offsets past the end clamp to the end). */
  position(offset: number): { line: number; column: number } {
    const target = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const line = lastAtOrBefore(starts, target); // never -1: the first line starts at 0
    return { line: line + 1, column: target - starts[line]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    return this.text.slice(start, next ?? this.text.length).replace(/\r?\n$|\r$/, '');
  }
}

/** The index of the last of the ascending `values` that is at most `target`, or -1 when none is (binary search). */
export function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= target) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The index of the last of `ranges` (sorted by start) that starts at or before `at`, or -1 (binary search). */
export function lastStartingAtOrBefore(ranges: ReadonlyArray<{ start: number }>, at: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.start <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Whether `at` lies in one of `ranges` (sorted by start, not overlapping). */
export function inRanges(ranges: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  const last = ranges[lastStartingAtOrBefore(ranges, at)];
  return last !== undefined && at < last.end;
}

/** The offset where each line of `text` starts; lines end at \n, \r\n or a lone \r. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, kept fast: indexOf runs natively over large notebooks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
