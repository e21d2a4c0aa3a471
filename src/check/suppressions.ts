import type { LineIndex } from '../positions.js';
import type { Directive } from '../scan/markdown.js';

/**
 * Decides which findings the author has silenced with `<!-- mathrepro-disable… -->` comments or a notebook
 * cell tag. Rules never see suppressions; the engine drops suppressed findings here, in one place.
 */
export class Suppressions {
  private readonly nextLine = new Map<number, string[]>();
  /** After each disable/enable comment (in order), which rules are off: the last comment naming a rule wins. */
  private readonly states: Array<{ at: number; all: boolean; rules: ReadonlyMap<string, boolean> }> = [];

  constructor(
    directives: Directive[],
    private readonly lines: LineIndex,
    /** Rules silenced for the whole text by a cell tag; `*` silences all. */
    private readonly silenced: ReadonlySet<string> = new Set(),
  ) {
    let all = false;
    let rules = new Map<string, boolean>();
    for (const directive of [...directives].sort((a, b) => a.end - b.end)) {
      if (directive.kind === 'disable-next-line') {
        this.nextLine.set(lines.position(directive.end).line + 1, directive.rules);
        continue;
      }
      const off = directive.kind === 'disable';
      if (directive.rules.length === 0) {
        all = off;
        rules = new Map();
      } else {
        rules = new Map(rules);
        for (const rule of directive.rules) rules.set(rule, off);
      }
      this.states.push({ at: directive.end, all, rules });
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.silenced.has('*') || this.silenced.has(rule)) return true;
    const lineRules = this.nextLine.get(this.lines.position(offset).line);
    if (lineRules && (lineRules.length === 0 || lineRules.includes(rule))) return true;
    // The last state at or before the offset (binary search: files may hold thousands of comments).
    let low = 0;
    let high = this.states.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.states[mid]!.at <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return false;
    const state = this.states[found]!;
    return state.rules.get(rule) ?? state.all;
  }

  static fromCellTags(tags: readonly string[]): Set<string> {
    const silenced = new Set<string>();
    for (const tag of tags) {
      if (tag === 'mathrepro-disable') silenced.add('*');
      else if (tag.startsWith('mathrepro-disable:')) silenced.add(tag.slice('mathrepro-disable:'.length));
    }
    return silenced;
  }
}
