import { lastAtOrBefore } from '../positions.js';
import { BACKTICK } from '../characters.js';

/**
 * The backtick runs of a stretch of text, found once, so that the run closing a code span is looked up instead of
 * searched for: a paragraph of many runs of different lengths that close nothing (each opener searching to the
 * paragraph's end) took seconds a megabyte. The closing run is the next run of exactly the opener's length
 * (CommonMark): escapes do not apply inside a code span, so none is looked at.
 */
export class BacktickRuns {
  /** Start offsets of the runs, by their length, ascending. */
  private readonly byLength = new Map<number, number[]>();

  constructor(text: string, from: number, to: number) {
    for (let at = text.indexOf('`', from); at >= 0 && at < to;) {
      let end = at;
      while (text.charCodeAt(end) === BACKTICK) end++;
      const starts = this.byLength.get(end - at);
      if (starts) starts.push(at);
      else this.byLength.set(end - at, [at]);
      at = text.indexOf('`', end);
    }
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  closing(from: number, length: number): number {
    const starts = this.byLength.get(length);
    const first = starts ? lastAtOrBefore(starts, from - 1) + 1 : 0;
    return starts && first < starts.length ? starts[first]! : -1;
  }
}
