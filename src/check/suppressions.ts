import { lastAtOrBefore, type LineIndex } from '../positions.js';
import type { Directive } from '../scan/markdown.js';

/**
 * Decides which findings the author has silenced with `<!-- mathrepro-disable… -->` comments or a notebook
 * cell tag. Rules never see suppressions; the engine drops suppressed findings here, in one place.
 */
export class Suppressions {
  private readonly nextLine = new Map<number, string[]>();
  /** After each disable/enable comment (in order), which rules are off: the last comment naming a rule wins. */
  private readonly states: Array<{ all: boolean; rules: ReadonlyMap<string, boolean> }> = [];
  /** Where each of `states` begins: the end of its comment. */
  private readonly stateStarts: number[] = [];

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
      this.states.push({ all, rules });
      this.stateStarts.push(directive.end);
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.silenced.has('*') || this.silenced.has(rule)) return true;
    const lineRules = this.nextLine.get(this.lines.position(offset).line);
    if (lineRules && (lineRules.length === 0 || lineRules.includes(rule))) return true;
    // The last state at or before the offset (a binary search: files may hold thousands of comments).
    const state = this.states[lastAtOrBefore(this.stateStarts, offset)];
    return state ? (state.rules.get(rule) ?? state.all) : false;
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
