import { type Definition } from '../model/results.js';
import type { MathFinding, Renderer } from '../model/types.js';
import { HOSTILE_COMMANDS, MAY_BE_HOSTILE, hostileTexFindings } from '../rules/hostile-tex.js';
import { strictFinding } from '../rules/katex-strict.js';
import { KATEX_ONLY, katexOnlyCommands, oneFindingPerKatexOnlyCommand } from '../rules/renderer-compat.js';
import { ampersandInText, malformedDefinition, mathCommandInText } from '../rules/syntax-error.js';
import { MAX_FORMULA_LENGTH, tooComplex, tooLargeToCheck } from '../rules/too-complex.js';
import { KATEX_KNOWS_IT, undefinedEnvironment, undefinedInText, unknownCommand } from '../rules/unknown-command.js';
import { scanCommands, textTrouble, type TextTrouble } from './command-scan.js';
import { mayHitEngineLimit } from './engine-limits.js';
import { katexFailure, katexMessage, mathOnlyInText, mathjaxRefusal, unknownCommandFinding, withSuggestion } from './failures.js';
import { definitionGroup } from './fixes.js';
import { parseWithBudget, type Expanded, type KatexToken } from './katex-parser.js';
import type { MacroContext } from './macros.js';
import { olderKatexFindings } from './older-katex.js';
import { mayDefine, prepareFormula, type Reference } from './prepare.js';
import { profile, refusalOf, type RendererProfile } from './profiles.js';
import { askMathJax, mathjaxNames } from './referee.js';
import { blankedOut, refusedCommands } from './refusals.js';

export type { MathFinding };

export interface FormulaCheck {
  findings: readonly MathFinding[];
  labels: readonly Reference[];
  tags: readonly Reference[];
  refs: readonly Reference[];
}

const MAX_CACHE_ENTRIES = 200_000;

const NO_DEFINITIONS: readonly Definition[] = [];

/**
 * Letters, digits, spaces and the operators and brackets that are plain characters in TeX: a formula of these
 * alone (`x`, `i = 1, ..., n`, `f(x) < 0`) parses under every renderer, so no parser is asked. Four formulas in
 * ten of real notes are like this. No backslash, brace, `^`, `_`, `&`, `#`, `%`, `~` or non-ASCII character.
 */
const PLAIN_FORMULA = /^[A-Za-z0-9 \t\r\n+\-*/=()<>,.:;!?|[\]]*$/;
const PLAIN_CHECK: FormulaCheck = { findings: [], labels: [], tags: [], refs: [] };

interface ParseOutcome {
  findings: MathFinding[];
}

/**
 * Checks formulas with KaTeX's parser (not its renderer: parsing is all validation needs and is several times
 * faster), and, for MathJax renderers, asks MathJax itself wherever the two may disagree: before accusing a
 * formula KaTeX rejects, and when a formula KaTeX accepts uses what the profile's MathJax may not (a command it
 * does not define, text-mode `_` under textmacros). Results are cached by formula and macro context, because
 * research notes repeat formulas.
 */
export class FormulaChecker {
  /**
   * Outcomes by mode and macro context, then by formula: the formula itself is the key of the inner map, so no
   * key joining it to the context is built and hashed for every formula.
   */
  private readonly cache = new Map<string, Map<string, ParseOutcome>>();
  private cachedOutcomes = 0;
  readonly profile: RendererProfile;

  /**
   * One search for what the site refuses, what only KaTeX knows and what a hostile formula holds: most formulas
   * hold none of it, and are searched once.
   */
  private readonly mayFlag: RegExp;

  constructor(readonly renderer: Renderer) {
    this.profile = profile(renderer);
    const prefixes = new Set(this.profile.refusedByPrefix);
    const refused = [...this.profile.refused.keys()].filter((name) => !prefixes.has(name)).map((name) => name.slice(1));
    const flagged = this.profile.engine === 'katex' ? [] : [...KATEX_ONLY].map((name) => name.slice(1)).concat(refused);
    // Names refused wherever they begin a command (GitHub's substring test) are searched without the word's end.
    const anywhere = prefixes.size > 0 ? `|\\\\(?:${[...prefixes].map((name) => name.slice(1)).join('|')})` : '';
    this.mayFlag = new RegExp(`\\\\(?:${[...flagged, ...HOSTILE_COMMANDS].join('|')})(?![A-Za-z@])${anywhere}`);
  }

  check(tex: string, display: boolean, context: MacroContext): FormulaCheck {
    const tooLarge = tooLargeToCheck(tex, this.profile);
    if (tooLarge) return { findings: [tooLarge], labels: [], tags: [], refs: [] };
    if (PLAIN_FORMULA.test(tex)) return PLAIN_CHECK;
    const { renderer } = this;
    const prepared = prepareFormula(tex, renderer);
    const refused = this.refusedAmong(prepared.definitions);
    const findings: MathFinding[] = prepared.definitions.length > 0 ? this.define(tex, prepared.definitions, refused, context) : [];
    if (this.mayFlag.test(tex)) {
      if (this.profile.engine !== 'katex') findings.push(...katexOnlyCommands(tex, this.profile.label), ...refusedCommands(tex, this.profile, refused));
      if (MAY_BE_HOSTILE.test(tex)) findings.push(...hostileTexFindings(tex));
    }
    if (this.profile.engine === 'katex' && mayDefine(tex)) findings.push(...this.parseDefining(tex, display, context).findings);
    else if (refused.length === 0) findings.push(...this.parseCached(tex, prepared.tex, tex, display, context).findings);
    else {
      // As the renderer reads it the formula has no definitions, and a use of one it made is part of that one
      // error (and its fix), not another finding.
      const names = new Set(refused.map((definition) => definition.name));
      const outcome = this.parseCached(tex, prepared.tex, blankedOut(tex, refused), display, context);
      findings.push(...outcome.findings.filter((f) => f.rule !== unknownCommand.id || !names.has(tex.slice(f.start, f.end))));
    }
    return { findings: oneFindingPerKatexOnlyCommand(findings), labels: prepared.labels, tags: prepared.tags, refs: prepared.refs };
  }

  /**
   * Applies a formula's definitions to the document's macros without judging it: for a formula whose verdict is
   * given already (Markdown changed it), so that a later use of one of its macros is still told where it was meant
   * to come from. (Judging it would ask MathJax about a formula already reported.)
   */
  readDefinitions(tex: string, display: boolean, context: MacroContext): void {
    if (tex.length > MAX_FORMULA_LENGTH) return;
    const { definitions } = prepareFormula(tex, this.renderer);
    if (definitions.length > 0) this.define(tex, definitions, this.refusedAmong(definitions), context);
    // KaTeX applies definitions while it parses.
    if (this.profile.engine === 'katex' && mayDefine(tex)) this.parseDefining(tex, display, context);
  }

  /** The definitions the renderer refuses (GitHub: every one): they define nothing, their uses are written out. */
  private refusedAmong(definitions: readonly Definition[]): readonly Definition[] {
    return definitions.length > 0 ? definitions.filter((d) => refusalOf(this.profile, d.command) !== undefined) : NO_DEFINITIONS;
  }

  /** Applies a formula's definitions to the document's macros; what is wrong with them, as findings. */
  private define(tex: string, definitions: readonly Definition[], refused: readonly Definition[], context: MacroContext): MathFinding[] {
    const findings: MathFinding[] = [];
    const refusedGroup = refused.length > 0 ? definitionGroup(refused) : '';
    for (const definition of definitions) {
      // The renderer refuses the definition (reported as a refused command): it defines nothing there.
      if (refused.includes(definition)) {
        context.refuse(definition, refusedGroup);
        continue;
      }
      try {
        context.define(definition.install, definition.name, tex.slice(definition.start, definition.end));
      } catch (error) {
        findings.push(malformedDefinition(definition.command, definition.name, katexMessage(error), definition));
      }
    }
    return findings;
  }

  /** `rendered`: the formula as the renderer reads it (without the definitions it refuses, blanked out). */
  private parseCached(tex: string, prepared: string, rendered: string, display: boolean, context: MacroContext): ParseOutcome {
    const setting = `${display ? 'D' : 'T'}${context.fingerprint}`;
    let outcomes = this.cache.get(setting);
    let outcome = outcomes?.get(tex);
    if (!outcome) {
      outcome = this.parse(tex, prepared, rendered, display, context);
      if (this.cachedOutcomes >= MAX_CACHE_ENTRIES) {
        this.cache.clear();
        this.cachedOutcomes = 0;
        outcomes = undefined;
      }
      if (!outcomes) this.cache.set(setting, (outcomes = new Map()));
      outcomes.set(tex, outcome);
      this.cachedOutcomes++;
    }
    return outcome;
  }

  /**
   * For KaTeX the definitions stay in the formula and KaTeX applies them while parsing: such a formula changes
   * the context, so its result cannot come from the cache.
   */
  private parseDefining(tex: string, display: boolean, context: MacroContext): ParseOutcome {
    const outcome = { findings: this.parseWithKatex(tex, display, context, true).findings };
    context.noteDefinition(tex);
    return outcome;
  }

  /** KaTeX's verdict, then MathJax's where the profile renders with MathJax and the two may disagree. */
  private parse(tex: string, prepared: string, rendered: string, display: boolean, context: MacroContext): ParseOutcome {
    if (this.profile.engine === 'katex') {
      const { findings } = this.parseWithKatex(prepared, display, context);
      return { findings: findings.length === 0 && this.profile.olderKatex ? olderKatexFindings(tex, this.profile) : findings };
    }
    // MathJax accepts display-only structures (align, \tag) inline too; KaTeX's display mode is the closer match.
    const { findings: katexFindings, expanded } = this.parseWithKatex(prepared, true, context);
    // Over the expansion budget: MathJax would be asked to do the same work.
    if (katexFindings.some((finding) => finding.rule === tooComplex.id)) return { findings: katexFindings };
    if (katexFindings.length > 0) {
      const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, rendered, display);
      // KaTeX's quirks are never a finding: what MathJax renders is fine.
      if (!refusal) return { findings: [] };
      return { findings: katexFindings.map((finding) => withSuggestion(finding, tex, this.profile, context)) };
    }
    return { findings: this.judgeAccepted(tex, rendered, display, context, expanded) };
  }

  /** KaTeX's findings, and what it expanded of the document's macros (MathJax's limits count the same). */
  private parseWithKatex(tex: string, displayMode: boolean, context: MacroContext, guardDefinitions = false): { findings: MathFinding[]; expanded: Expanded } {
    const findings: MathFinding[] = [];
    // For a MathJax profile KaTeX's strict warnings are no findings, so what it says depends on the question alone.
    const key = this.profile.engine !== 'katex' && !guardDefinitions ? katexQuestion(tex, displayMode, this.profile.maxExpand, context) : undefined;
    let outcome = key === undefined ? undefined : katexOutcomes.get(key);
    if (!outcome) {
      outcome = this.askKatex(tex, displayMode, context, guardDefinitions, findings);
      if (key !== undefined) rememberKatexOutcome(key, outcome);
    }
    if (outcome.failed) findings.push(katexFailure(outcome.error, tex, this.profile, context));
    return { findings, expanded: outcome.expanded };
  }

  /** KaTeX's parse; its strict warnings, for a KaTeX profile, go to `findings`. */
  private askKatex(tex: string, displayMode: boolean, context: MacroContext, guardDefinitions: boolean, findings: MathFinding[]): KatexOutcome {
    try {
      const expanded = parseWithBudget(
        tex,
        {
          displayMode,
          throwOnError: true,
          macros: context.macros,
          globalGroup: true,
          trust: true,
          maxExpand: this.profile.maxExpand,
          strict: (code: string, message: string, token?: KatexToken) => {
            if (this.profile.engine === 'katex') {
              const loc = token?.loc;
              const here = loc && loc.lexer.input === tex ? loc : undefined;
              findings.push(strictFinding(code, message, here?.start ?? 0, Math.max(here?.end ?? 1, (here?.start ?? 0) + 1)));
            }
            return 'ignore';
          },
        },
        guardDefinitions,
      );
      return { failed: false, error: undefined, expanded };
    } catch (error) {
      return { failed: true, error, expanded: NOTHING_EXPANDED };
    }
  }

  /**
   * What the profile's MathJax does with a formula KaTeX accepted. Certain failures are decided here: a command or
   * environment the profile's packages do not define (from MathJax's own tables, generated), and, under
   * textmacros, `_` or `^` in text. MathJax itself is asked only about what the tables cannot tell (a command, `&`
   * or `#` inside text), so that most runs never load it.
   */
  private judgeAccepted(tex: string, rendered: string, display: boolean, context: MacroContext, expanded: Expanded): MathFinding[] {
    if (!tex.includes('\\')) return [];
    const { unknown, hasText } = scanCommands(rendered, this.profile, context);
    let ask = mayHitEngineLimit(this.profile, rendered, expanded);
    if (hasText && this.profile.textmacros) {
      const trouble = textTrouble(tex, mathjaxNames(this.profile).textMode);
      if (trouble) {
        const certain = this.textModeFailure(trouble, tex, context);
        if (certain) return [certain];
        ask = true;
      }
    }
    if (unknown) {
      if (!unknown.name.startsWith('{')) return [unknownCommandFinding(unknown.name, unknown, tex, this.profile, context, KATEX_KNOWS_IT)];
      return [undefinedEnvironment(unknown.name.slice(1, -1), this.profile.label, true, unknown)];
    }
    if (!ask) return [];
    const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, tex, display);
    return refusal ? [mathjaxRefusal(refusal, tex, this.profile, context)] : [];
  }

  /**
   * What textmacros certainly does with a character or command in text (as MathJax's own tables say), or
   * undefined when only MathJax can tell (`#`, a macro the document defines).
   */
  private textModeFailure(trouble: TextTrouble, tex: string, context: MacroContext): MathFinding | undefined {
    const { label } = this.profile;
    if (trouble.char === '_' || trouble.char === '^') return mathOnlyInText(trouble.char, trouble.at, tex, this.profile);
    if (trouble.char === '&') return ampersandInText(label, trouble.at);
    const name = trouble.command;
    if (!name || context.userNames.has(name)) return undefined;
    const span = { start: trouble.at, end: trouble.at + name.length };
    if (mathjaxNames(this.profile).macros.has(name.slice(1))) return mathCommandInText(label, name, span);
    return undefinedInText(name, label, span);
  }
}

const NOTHING_EXPANDED: Expanded = { expansions: 0, longestString: 0 };

/** What KaTeX's parse came to: the error it threw, or what it expanded. */
interface KatexOutcome {
  failed: boolean;
  error: unknown;
  expanded: Expanded;
}

/**
 * KaTeX's outcomes for the MathJax profiles, shared by all of them: each asks KaTeX first, and a site's page is
 * read for the site and for GitHub. The question is the formula, the mode, the bound on expansions and the macro
 * table (its fingerprint names what it holds); the findings are each profile's own (./failures.ts).
 */
const katexOutcomes = new Map<string, KatexOutcome>();

function katexQuestion(tex: string, displayMode: boolean, maxExpand: number, context: MacroContext): string {
  return `${displayMode ? 'D' : 'T'}${maxExpand}\u0000${context.fingerprint}\u0000${tex}`;
}

function rememberKatexOutcome(key: string, outcome: KatexOutcome): void {
  if (katexOutcomes.size >= MAX_CACHE_ENTRIES) katexOutcomes.clear();
  katexOutcomes.set(key, outcome);
}
