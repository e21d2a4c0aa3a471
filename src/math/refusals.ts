import type { Definition } from '../model/results.js';
import type { MathFinding, TexFix } from '../model/types.js';
import { refusedCommandFinding } from '../rules/refused-command.js';
import { controlSequences } from '../tex.js';
import { definitionRemovalFix, expansionFix, operatorNameFix } from './fixes.js';
import { refusalOf, type RendererProfile } from './profiles.js';

/**
 * What a site refuses before its MathJax sees a formula (GitHub's list of names, matched where a name begins a
 * command), with the fixes that write it as the site allows: `\operatorname` as `\mathop{\mathrm{…}}\nolimits`,
 * a refused definition removed together with every use of it written out.
 */

/** Commands the site refuses before MathJax sees them: certain failures, so errors. */
export function refusedCommands(tex: string, renderer: RendererProfile, refusedDefinitions: readonly Definition[]): MathFinding[] {
  const findings: MathFinding[] = [];
  if (renderer.refused.size === 0) return findings;
  // The definitions the renderer refuses go together, with the formula itself when nothing else is in it.
  let definitionsFixed = false;
  for (const cs of controlSequences(tex)) {
    const refusal = refusalOf(renderer, cs.name);
    if (!refusal) continue;
    const refusedName = renderer.refusedByPrefix?.find((name) => cs.name.startsWith(name)) ?? cs.name;
    let fix: TexFix | undefined;
    if (cs.name === '\\operatorname') fix = operatorNameFix(tex, cs.start, cs.end);
    else if (!definitionsFixed && refusedDefinitions.some((definition) => definition.start === cs.start)) {
      fix = withUsesWrittenOut(definitionRemovalFix(tex, refusedDefinitions), tex, refusedDefinitions, renderer);
      definitionsFixed = true;
    }
    const undefinedThere = renderer.refusedByPrefix?.includes(refusedName) === false;
    findings.push(refusedCommandFinding(renderer.label, cs.name, refusedName, refusal, undefinedThere, cs, fix));
  }
  return findings;
}

/**
 * The removal of a formula's refused definitions, with the uses of them in the same formula written out: it is one
 * error there (the renderer shows its refusal), and one fix.
 */
function withUsesWrittenOut(removal: TexFix, tex: string, definitions: readonly Definition[], renderer: RendererProfile): TexFix {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const edits = [...removal.edits];
  for (const cs of controlSequences(tex)) {
    const definition = byName.get(cs.name);
    if (!definition || definitions.some((d) => cs.start >= d.start && cs.start < d.end)) continue;
    const use = expansionFix(tex, cs.start, cs.end, definition, removal.group ?? '', renderer.refused);
    if (use) edits.push(...use.edits);
  }
  return { ...removal, edits };
}

/**
 * Every use of a refused macro in a formula written out, as one fix: writing out only the first would leave the
 * others undefined once the definition is gone, and a later pass would then take them for misspellings (`\two` →
 * `\to`). No fix when one use cannot be written out, or uses overlap (`\two{\two}`): a partial fix changes meaning.
 */
export function everyUseWrittenOut(tex: string, name: string, definition: Definition, group: string, refused: ReadonlyMap<string, string>): TexFix | undefined {
  const edits: TexFix['edits'] = [];
  const descriptions: string[] = [];
  let end = -1;
  for (const cs of controlSequences(tex)) {
    if (cs.name !== name) continue;
    if (cs.start < end) return undefined;
    const use = expansionFix(tex, cs.start, cs.end, definition, group, refused);
    if (!use) return undefined;
    edits.push(...use.edits);
    descriptions.push(use.description);
    end = Math.max(...use.edits.map((e) => e.end));
  }
  if (edits.length === 0) return undefined;
  const description =
    descriptions.length === 1 ? descriptions[0]! : `${descriptions[0]} (and ${descriptions.length - 1} more use${descriptions.length === 2 ? '' : 's'})`;
  return { description, edits, group };
}

/** The formula with the definitions blanked out (not cut out: offsets stay those of the formula as written). */
export function blankedOut(tex: string, definitions: readonly Definition[]): string {
  let out = '';
  let at = 0;
  for (const definition of definitions) {
    out += tex.slice(at, definition.start) + ' '.repeat(definition.end - definition.start);
    at = definition.end;
  }
  return out + tex.slice(at);
}
