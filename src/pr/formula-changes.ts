/**
 * Which formulas a change adds or changes in one file: the head's formulas aligned with the base's by their
 * text (a longest common subsequence), unmatched runs paired in order as "changed", the rest "added" or
 * "removed". Whitespace differences do not count as changes.
 */

export interface FormulaLike {
  tex: string;
}

export interface FormulaChange<F extends FormulaLike> {
  kind: 'added' | 'changed' | 'removed';
  before?: F;
  after?: F;
}

/** Above this many cells the quadratic alignment gives way to matching by equal text. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

export function formulaChanges<F extends FormulaLike>(before: readonly F[], after: readonly F[]): FormulaChange<F>[] {
  const a = before.map((f) => normalize(f.tex));
  const b = after.map((f) => normalize(f.tex));
  const pairs = commonEnds(a, b);
  const changes: FormulaChange<F>[] = [];
  let i = 0;
  let j = 0;
  for (const [matchedI, matchedJ] of [...pairs, [a.length, b.length] as [number, number]]) {
    const removed = before.slice(i, matchedI);
    const added = after.slice(j, matchedJ);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: 'changed', before: removed[k], after: added[k] });
    for (const f of added.slice(paired)) changes.push({ kind: 'added', after: f });
    for (const f of removed.slice(paired)) changes.push({ kind: 'removed', before: f });
    i = matchedI + 1;
    j = matchedJ + 1;
  }
  return changes;
}

function normalize(tex: string): string {
  return tex.trim().replace(/\s+/g, ' ');
}

/**
 * Index pairs of the equal formulas at both ends (most changes touch a few formulas of a long file), and of the
 * middle aligned between them: exactly while that is small enough, else by equal text.
 */
function commonEnds(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const middle = middleA.length * middleB.length <= MAX_ALIGNMENT_CELLS ? alignment(middleA, middleB) : matchByText(middleA, middleB);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  for (const [i, j] of middle) pairs.push([head + i, head + j]);
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/** Index pairs of a longest common subsequence, in order. */
function alignment(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * For very large files: formulas with the same text match in order; everything else is unmatched. Linear: each
 * text's positions are visited once, as the match moves forward.
 */
function matchByText(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const positions = new Map<string, { indexes: number[]; next: number }>();
  a.forEach((key, index) => {
    const entry = positions.get(key);
    if (entry) entry.indexes.push(index);
    else positions.set(key, { indexes: [index], next: 0 });
  });
  const pairs: Array<[number, number]> = [];
  let lastI = -1;
  b.forEach((key, j) => {
    const entry = positions.get(key);
    if (!entry) return;
    while (entry.next < entry.indexes.length && entry.indexes[entry.next]! <= lastI) entry.next++;
    if (entry.next < entry.indexes.length) {
      lastI = entry.indexes[entry.next++]!;
      pairs.push([lastI, j]);
    }
  });
  return pairs;
}
