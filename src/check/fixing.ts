import type { Diagnostic, Edit } from '../model/types.js';
import { lastAtOrBefore } from '../positions.js';
import type { Checked, AppliedFix, RefusedFix, FixedText } from '../model/results.js';
import { fileUnreadable } from '../rules/file-unreadable.js';

const MAX_PASSES = 5;

interface State {
  text: string;
  checked: Checked;
}

/**
 * `checked`: the check of `text` when the caller has it already. Each pass applies every fix that does not overlap
 * another and checks the file once; only when that is not better are the fixes halved, each half tried in turn, so
 * that one bad fix never costs the others and the checks grow with the number of bad fixes, not of fixes.
 */
export function applyFixes(text: string, check: (text: string) => Checked, checked: Checked = check(text)): FixedText {
  let current: State = { text, checked };
  const applied: AppliedFix[] = [];
  const refused: RefusedFix[] = [];
  const given = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const units = disjoint(groups(current.checked.diagnostics.filter((d) => d.fix && !given.has(identity(d)))));
    if (units.length === 0) break;
    const settled = settle(current, units.map(asUnit), check);
    current = settled.state;
    for (const unit of settled.kept) for (const d of unit.diagnostics) applied.push(described(d));
    for (const { unit, reason } of settled.refused) {
      for (const d of unit.diagnostics) {
        given.add(identity(d));
        refused.push({ ...described(d), reason });
      }
    }
    if (settled.kept.length === 0) break;
  }
  const byPlace = (a: AppliedFix, b: AppliedFix) => a.line - b.line || a.column - b.column;
  return { text: current.text, applied: applied.sort(byPlace), refused: refused.sort(byPlace), checked: current.checked };
}

/** Fixes applied as one: a group's, or a single finding's; `edits` where they fall in the text as it is now. */
interface Unit {
  diagnostics: readonly Diagnostic[];
  edits: readonly Edit[];
}

function asUnit(diagnostics: readonly Diagnostic[]): Unit {
  return { diagnostics, edits: diagnostics.flatMap((d) => d.fix!.edits) };
}

interface Settled {
  state: State;
  kept: Unit[];
  refused: Array<{ unit: Unit; reason: string }>;
}

/** Applies the units that make the file better: all at once, or else each half in turn (the later one moved by the edits the first half made). */
function settle(current: State, units: readonly Unit[], check: (text: string) => Checked): Settled {
  const edits: Edit[] = [];
  for (const unit of units) for (const edit of unit.edits) edits.push(edit);
  const text = applyEdits(current.text, edits);
  const checked = check(text);
  const reason = worse(current.checked, checked, countFixes(units));
  if (!reason) return { state: { text, checked }, kept: [...units], refused: [] };
  if (units.length === 1) return { state: current, kept: [], refused: [{ unit: units[0]!, reason }] };
  const middle = units.length >> 1;
  const first = settle(current, units.slice(0, middle), check);
  const made: Edit[] = [];
  for (const unit of first.kept) for (const edit of unit.edits) made.push(edit);
  const moved = shiftedBy(made);
  const rest = units.slice(middle).map((unit) => ({ ...unit, edits: unit.edits.map(moved) }));
  const second = settle(first.state, rest, check);
  return { state: second.state, kept: [...first.kept, ...second.kept], refused: [...first.refused, ...second.refused] };
}

/** How many fixes the units hold, and how many of them make a formula of what was shown as typed. */
function countFixes(units: readonly Unit[]): { fixes: number; typesetting: number } {
  let fixes = 0;
  let typesetting = 0;
  for (const unit of units) {
    for (const d of unit.diagnostics) {
      fixes++;
      if (d.fix!.typesets) typesetting++;
    }
  }
  return { fixes, typesetting };
}

/** Where an edit of the text lands once `made` (disjoint edits, not overlapping it) have been applied. */
function shiftedBy(made: readonly Edit[]): (edit: Edit) => Edit {
  const sorted = [...made].sort((a, b) => a.start - b.start);
  const ends = sorted.map((edit) => edit.end);
  // The growth of the text by all the edits up to and including each one.
  const growth: number[] = [];
  let total = 0;
  for (const edit of sorted) growth.push((total += edit.text.length - (edit.end - edit.start)));
  // The growth by the made edits that end at or before `offset`.
  const before = (offset: number) => {
    const last = lastAtOrBefore(ends, offset);
    return last < 0 ? 0 : growth[last]!;
  };
  return (edit) => {
    const delta = before(edit.start);
    return { ...edit, start: edit.start + delta, end: edit.end + delta };
  };
}

/** The edits of several fixes applied to a text (they must not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Why the check after some fixes is not simply better than before, or undefined when it is. Of the `fixes`,
 * `typesetting` make a formula each of what was shown as typed; no other fix may add one.
 */
function worse(before: Checked, after: Checked, { fixes, typesetting }: { fixes: number; typesetting: number }): string | undefined {
  const count = (checked: Checked) => {
    const byRule = new Map<string, number>();
    for (const d of checked.diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    return byRule;
  };
  const was = count(before);
  const now = count(after);
  if ((now.get(fileUnreadable.id) ?? 0) > (was.get(fileUnreadable.id) ?? 0)) return 'the file could not be read once fixed';
  if (after.formulaCount > before.formulaCount + typesetting || after.formulaCount < before.formulaCount - fixes) {
    return `the fixed file has ${after.formulaCount} formulas where it had ${before.formulaCount}`;
  }
  for (const [rule, n] of now) if (n > (was.get(rule) ?? 0)) return `checked again, the file has more ${rule} findings`;
  if (after.diagnostics.length >= before.diagnostics.length) return 'checked again, the finding is still there';
  return undefined;
}

/** The fixes as units applied together: a group's fixes in one, every other fix alone. */
function groups(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const units: Diagnostic[][] = [];
  const byGroup = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = d.fix!.group;
    if (group === undefined) units.push([d]);
    else if (byGroup.has(group)) byGroup.get(group)!.push(d);
    else {
      const unit = [d];
      byGroup.set(group, unit);
      units.push(unit);
    }
  }
  return units;
}

/** Units whose edits overlap none of an earlier unit's, nor each other (the others wait for the next pass). */
function disjoint(units: readonly Diagnostic[][]): Diagnostic[][] {
  if (noneOverlap(units)) return [...units];
  const taken: Edit[] = [];
  const chosen: Diagnostic[][] = [];
  for (const unit of units) {
    const edits = unit.flatMap((d) => d.fix!.edits);
    if (edits.some((e, i) => taken.some((t) => overlap(e, t)) || edits.slice(0, i).some((t) => overlap(e, t)))) continue;
    for (const edit of edits) taken.push(edit);
    chosen.push(unit);
  }
  return chosen;
}

/**
 * Whether no two edits of all the units touch (the usual case, decided in one sorted sweep): sorted by start, an
 * edit overlaps an earlier one exactly when it starts where the one before it starts or before the furthest end.
 */
function noneOverlap(units: readonly Diagnostic[][]): boolean {
  const edits: Edit[] = [];
  for (const unit of units) for (const d of unit) for (const edit of d.fix!.edits) edits.push(edit);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let furthest = -1;
  for (let k = 0; k < edits.length; k++) {
    const edit = edits[k]!;
    if (k > 0 && (edit.start === edits[k - 1]!.start || edit.start < furthest)) return false;
    furthest = Math.max(furthest, edit.end);
  }
  return true;
}

/** Whether two edits touch the same text: they share a character, start at one place, or one inserts inside the other. */
function overlap(a: Edit, b: Edit): boolean {
  const inside = (insertion: Edit, range: Edit) => insertion.start === insertion.end && range.start < insertion.start && insertion.start < range.end;
  return (a.start < b.end && b.start < a.end) || a.start === b.start || inside(a, b) || inside(b, a);
}

function identity(d: Diagnostic): string {
  return `${d.rule}\u0000${d.fix?.description}\u0000${d.source ?? ''}\u0000${d.message}`;
}

function described(d: Diagnostic): AppliedFix {
  return { rule: d.rule, line: d.line, column: d.column, description: d.fix!.description };
}
