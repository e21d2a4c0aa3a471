import type { Diagnostic, Edit } from '../model/types.js';
import type { Checked, AppliedFix, RefusedFix, FixedText } from '../model/results.js';

const MAX_PASSES = 5;

/** `checked`: the check of `text` when the caller has it already. */
export function applyFixes(text: string, check: (text: string) => Checked, checked: Checked = check(text)): FixedText {
  let current = { text, checked };
  const applied: AppliedFix[] = [];
  const refused: RefusedFix[] = [];
  const given = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const units = disjoint(groups(current.checked.diagnostics.filter((d) => d.fix && !given.has(identity(d)))));
    if (units.length === 0) break;
    const together = attempt(current, units.flat(), check);
    if (together.ok) {
      current = together.next;
      applied.push(...units.flat().map(described));
      continue;
    }
    let progress = false;
    for (const unit of units) {
      // Positions move as fixes are applied: each unit is tried on the text as it is by then.
      const fresh = unit.map((candidate) => current.checked.diagnostics.find((d) => d.fix && identity(d) === identity(candidate)));
      const single = fresh.every(Boolean) ? attempt(current, fresh as Diagnostic[], check) : undefined;
      if (single?.ok) {
        current = single.next;
        applied.push(...(fresh as Diagnostic[]).map(described));
        progress = true;
        continue;
      }
      for (const candidate of unit) {
        given.add(identity(candidate));
        refused.push({ ...described(candidate), reason: single ? single.reason : 'the finding was gone once the other fixes were applied' });
      }
    }
    if (!progress) break;
  }
  const byPlace = (a: AppliedFix, b: AppliedFix) => a.line - b.line || a.column - b.column;
  return { text: current.text, applied: applied.sort(byPlace), refused: refused.sort(byPlace), checked: current.checked };
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

type Attempt = { ok: true; next: { text: string; checked: Checked } } | { ok: false; reason: string };

function attempt(current: { text: string; checked: Checked }, fixes: readonly Diagnostic[], check: (text: string) => Checked): Attempt {
  const edits = fixes.flatMap((d) => d.fix!.edits);
  const text = applyEdits(current.text, edits);
  const checked = check(text);
  const reason = worse(current.checked, checked, fixes.length);
  return reason ? { ok: false, reason } : { ok: true, next: { text, checked } };
}

/** Why the check after some fixes is not simply better than before, or undefined when it is. */
function worse(before: Checked, after: Checked, fixes: number): string | undefined {
  const count = (checked: Checked) => {
    const byRule = new Map<string, number>();
    for (const d of checked.diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    return byRule;
  };
  const was = count(before);
  const now = count(after);
  if ((now.get('file-unreadable') ?? 0) > (was.get('file-unreadable') ?? 0)) return 'the file could not be read once fixed';
  if (after.formulaCount > before.formulaCount || after.formulaCount < before.formulaCount - fixes) {
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
  const taken: Edit[] = [];
  const chosen: Diagnostic[][] = [];
  for (const unit of units) {
    const edits = unit.flatMap((d) => d.fix!.edits);
    if (edits.some((e, i) => taken.some((t) => overlap(e, t)) || edits.slice(0, i).some((t) => overlap(e, t)))) continue;
    taken.push(...edits);
    chosen.push(unit);
  }
  return chosen;
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
