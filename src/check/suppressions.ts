import type { LineIndex } from '../positions.js';
import type { Directive } from '../scan/markdown.js';

/**
 * Decides which findings the author has silenced with `<!-- mathrepro-disable… -->` comments or a notebook
 * cell tag. Rules never see suppressions; the engine drops suppressed findings here, in one place.
 */
export class Suppressions {
  private readonly nextLine = new Map<number, string[]>();
  private readonly ranges: Array<{ kind: 'disable' | 'enable'; rules: string[]; at: number }> = [];

  constructor(
    directives: Directive[],
    private readonly lines: LineIndex,
    /** Rules silenced for the whole text by a cell tag; `*` silences all. */
    private readonly silenced: ReadonlySet<string> = new Set(),
  ) {
    for (const directive of directives) {
      if (directive.kind === 'disable-next-line') {
        this.nextLine.set(lines.position(directive.end).line + 1, directive.rules);
      } else {
        this.ranges.push({ kind: directive.kind, rules: directive.rules, at: directive.end });
      }
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.silenced.has('*') || this.silenced.has(rule)) return true;
    const lineRules = this.nextLine.get(this.lines.position(offset).line);
    if (lineRules && (lineRules.length === 0 || lineRules.includes(rule))) return true;
    let disabled = false;
    for (const range of this.ranges) {
      if (range.at > offset) break;
      if (range.rules.length === 0 || range.rules.includes(rule)) disabled = range.kind === 'disable';
    }
    return disabled;
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
