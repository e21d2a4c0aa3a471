import type { RuleId } from '../model/rules.js';
import { texOffset, type Span, type TexOffset } from '../model/spans.js';
import type { Renderer, Severity } from '../model/types.js';
import { limitAdvice, mayHitEngineLimit } from './engine-limits.js';
import { olderKatexFindings } from './older-katex.js';
import { KatexParseError, TooComplexError, parseWithBudget, type Expanded, type KatexToken } from './katex-parser.js';
import type { MacroContext } from './macros.js';
import { TEXT_COMMAND, TEXT_COMMANDS, mayDefine, prepareFormula, textModeCharacters, type Reference, type TextModeCharacter } from './prepare.js';
import { type Definition } from '../model/results.js';
import { profile, refusalOf, type RendererProfile } from './profiles.js';
import { definitionGroup, definitionRemovalFix, expansionFix, operatorNameFix, renameFix, textUnderscoreFix, type TexFix } from './fixes.js';
import { MATHJAX_NAMES } from './mathjax-names.generated.js';
import { askMathJax, mathjaxNames, nearestCommand, wordHash, type Refusal } from './referee.js';
import { controlSequences, isLetter, readArgument } from './tex.js';

/** A problem inside one formula, at offsets of the formula's TeX. */
export interface MathFinding extends Span<TexOffset> {
  rule: RuleId;
  message: string;
  severity?: Severity;
  /** The mechanical repair, where there is one. */
  fix?: TexFix;
}

export interface FormulaCheck {
  findings: readonly MathFinding[];
  labels: readonly Reference[];
  tags: readonly Reference[];
  refs: readonly Reference[];
}

/** Where a finding about the whole formula sits: its first character. */
const FORMULA_START: Span<TexOffset> = { start: texOffset(0), end: texOffset(1) };

/** Longer formulas are reported as not checked: the bound on time per formula. */
export const MAX_FORMULA_LENGTH = 250_000;

const STRICT_MESSAGES: Record<string, string> = {
  unicodeTextInMathMode: 'Unicode text in math mode: LaTeX needs \\text{…} around it.',
  unknownSymbol: 'A Unicode symbol KaTeX has no metrics for: it may render in the wrong font.',
  commentAtEnd: 'A % comment at the end of an inline formula comments out the closing delimiter in LaTeX.',
  newLineInDisplayMode: '\\\\ outside an environment in display math: KaTeX breaks the line, LaTeX ignores it.',
  mathVsTextUnits: 'A math unit (mu) used in text mode, or the reverse.',
  mathVsTextAccents: 'A text accent used in math mode, or the reverse.',
  htmlExtension: 'An HTML extension command (\\htmlClass, \\htmlId, …) that only KaTeX knows.',
};

/** Commands KaTeX has and MathJax lacks: fine on a KaTeX site, an error on GitHub or in Jupyter. */
const KATEX_ONLY = new Set(['\\htmlClass', '\\htmlId', '\\htmlStyle', '\\htmlData', '\\includegraphics']);

const MAX_CACHE_ENTRIES = 200_000;

const NO_DEFINITIONS: readonly Definition[] = [];

/**
 * Letters, digits, spaces and the operators and brackets that are plain characters in TeX: a formula of these
 * alone (`x`, `i = 1, ..., n`, `f(x) < 0`) parses under every renderer, so no parser is asked. Four formulas in
 * ten of real notes are like this. No backslash, brace, `^`, `_`, `&`, `#`, `%`, `~` or non-ASCII character.
 */
const PLAIN_FORMULA = /^[A-Za-z0-9 \t\r\n+\-*/=()<>,.:;!?|[\]]*$/;
const PLAIN_CHECK: FormulaCheck = { findings: [], labels: [], tags: [], refs: [] };

/** The commands KaTeX defines (without backslash), made on first use. */
let katexNames: Set<string> | undefined;

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
const NOTHING_EXPANDED: Expanded = { expansions: 0, longestString: 0 };

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
    if (tex.length > MAX_FORMULA_LENGTH) return tooLong(tex);
    if (PLAIN_FORMULA.test(tex)) return PLAIN_CHECK;
    if (tex.length > MAX_SCRIPT_RUN) {
      const run = longScriptRun(tex);
      if (run) return tooManyScripts(run);
    }
    const maxBraces = this.profile.maxBraces;
    if (maxBraces !== undefined && tex.length >= maxBraces) {
      const braces = tex.split('{').length - 1;
      if (braces >= maxBraces) return tooManyBraces(braces, this.profile);
    }
    const { renderer } = this;
    const prepared = prepareFormula(tex, renderer);
    // Definitions the renderer refuses (GitHub: every one) define nothing: their uses are written out instead.
    const refused = prepared.definitions.length > 0 ? prepared.definitions.filter((d) => refusalOf(this.profile, d.command) !== undefined) : NO_DEFINITIONS;
    const findings: MathFinding[] = prepared.definitions.length > 0 ? this.define(tex, prepared.definitions, refused, context) : [];
    if (this.mayFlag.test(tex)) {
      if (this.profile.engine !== 'katex') findings.push(...katexOnlyCommands(tex, this.profile), ...refusedCommands(tex, this.profile, refused));
      if (MAY_BE_HOSTILE.test(tex)) findings.push(...hostileTex(tex));
    }
    if (this.profile.engine === 'katex' && mayDefine(tex)) findings.push(...this.parseDefining(tex, display, context).findings);
    else if (refused.length === 0) findings.push(...this.parseCached(tex, prepared.tex, tex, display, context).findings);
    else {
      // As the renderer reads it the formula has no definitions, and a use of one it made is part of that one
      // error (and its fix), not another finding.
      const names = new Set(refused.map((definition) => definition.name));
      const outcome = this.parseCached(tex, prepared.tex, blankedOut(tex, refused), display, context);
      findings.push(...outcome.findings.filter((f) => f.rule !== 'unknown-command' || !names.has(tex.slice(f.start, f.end))));
    }
    return { findings: oneFindingPerCause(findings), labels: prepared.labels, tags: prepared.tags, refs: prepared.refs };
  }

  /**
   * Applies a formula's definitions to the document's macros without judging it: for a formula whose verdict is
   * given already (Markdown changed it), so that a later use of one of its macros is still told where it was meant
   * to come from. (Judging it would ask MathJax about a formula already reported.)
   */
  readDefinitions(tex: string, display: boolean, context: MacroContext): void {
    if (tex.length > MAX_FORMULA_LENGTH) return;
    const { definitions } = prepareFormula(tex, this.renderer);
    const refused = definitions.filter((d) => refusalOf(this.profile, d.command) !== undefined);
    if (definitions.length > 0) this.define(tex, definitions, refused, context);
    // KaTeX applies definitions while it parses.
    if (this.profile.engine === 'katex' && mayDefine(tex)) this.parseDefining(tex, display, context);
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
        findings.push({
          rule: 'syntax-error',
          message: `${definition.command} of ${definition.name} is malformed: ${katexMessage(error)}`,
          start: texOffset(definition.start),
          end: texOffset(definition.end),
        });
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
    if (katexFindings.some((finding) => finding.rule === 'too-complex')) return { findings: katexFindings };
    if (katexFindings.length > 0) {
      const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, rendered, display);
      // KaTeX's quirks are never a finding: what MathJax renders is fine.
      if (!refusal) return { findings: [] };
      return { findings: katexFindings.map((finding) => this.withSuggestion(finding, tex, context)) };
    }
    return { findings: this.judgeAccepted(tex, rendered, display, context, expanded) };
  }

  /** KaTeX's findings, and what it expanded of the document's macros (MathJax's limits count the same). */
  private parseWithKatex(tex: string, displayMode: boolean, context: MacroContext, guardDefinitions = false): { findings: MathFinding[]; expanded: Expanded } {
    const findings: MathFinding[] = [];
    let expanded = NOTHING_EXPANDED;
    try {
      expanded = parseWithBudget(
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
              findings.push({
                rule: 'katex-strict',
                message: `${STRICT_MESSAGES[code] ?? message} (${code})`,
                start: texOffset(here?.start ?? 0),
                end: texOffset(Math.max(here?.end ?? 1, (here?.start ?? 0) + 1)),
              });
            }
            return 'ignore';
          },
        },
        guardDefinitions,
      );
    } catch (error) {
      findings.push(this.describeFailure(error, tex, context));
    }
    return { findings, expanded };
  }

  /**
   * What the profile's MathJax does with a formula KaTeX accepted. Certain failures are decided here: a command or
   * environment the profile's packages do not define (from MathJax's own tables, generated), and, under
   * textmacros, `_` or `^` in text. MathJax itself is asked only about what the tables cannot tell (a command, `&`
   * or `#` inside text), so that most runs never load it.
   */
  private judgeAccepted(tex: string, rendered: string, display: boolean, context: MacroContext, expanded: Expanded): MathFinding[] {
    if (!tex.includes('\\')) return [];
    const { unknown, hasText } = this.scanCommands(rendered, context);
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
      if (!unknown.name.startsWith('{')) return [this.unknownCommand(unknown.name, unknown, tex, context, ' (KaTeX knows it; this renderer does not.)')];
      return [
        {
          rule: 'unknown-command',
          message: `Unknown environment ${unknown.name.slice(1, -1)}: ${this.profile.label} does not define it (KaTeX does).`,
          start: texOffset(unknown.start),
          end: texOffset(unknown.end),
        },
      ];
    }
    if (!ask) return [];
    const refusal = askMathJax(this.profile, context.preamble, context.fingerprint, tex, display);
    return refusal ? [this.fromRefusal(refusal, tex, context)] : [];
  }

  /**
   * One walk over a formula's commands: the first the profile's MathJax does not define (a command `\\name` or
   * an environment `{name}`), and whether it has a text command.
   */
  private scanCommands(tex: string, context: MacroContext): { unknown?: { name: string; start: number; end: number }; hasText: boolean } {
    // With a `%` comment, the tokenizer (it skips comments); else a walk from backslash to backslash that hashes
    // each control word as it goes, and looks a word up by name only when its hash is a suspect's.
    if (tex.includes('%')) return { ...this.firstUnknown(tex, context), hasText: TEXT_COMMAND.test(tex) };
    const known = mathjaxNames(this.profile);
    // Most formulas hold no suspect: a native search tells, and only their environments are looked up.
    if (!known.maySuspect.test(tex)) {
      const hasText = TEXT_COMMAND.test(tex);
      if (!tex.includes('\\begin')) return { hasText };
      ENVIRONMENT.lastIndex = 0;
      for (let m = ENVIRONMENT.exec(tex); m; m = ENVIRONMENT.exec(tex)) {
        const name = m[1]!.trim();
        if (!known.environments.has(name)) return { unknown: { name: `{${name}}`, start: m.index + m[0].indexOf('{'), end: m.index + m[0].length }, hasText };
      }
      return { hasText };
    }
    const { suspectWords, suspectSymbols } = known;
    let hasText = false;
    for (let at = tex.indexOf('\\'); at >= 0 && at < tex.length - 1; at = tex.indexOf('\\', at)) {
      let end = at + 1;
      let hash = 0;
      for (let code = tex.charCodeAt(end); end < tex.length && isLetter(code); code = tex.charCodeAt(++end)) hash = (hash * 31 + code) | 0;
      if (end === at + 1) {
        const code = tex.charCodeAt(end);
        if (code < 128 && suspectSymbols[code] === 1 && !context.userNames.has(tex.slice(at, end + 1))) {
          return { unknown: { name: tex.slice(at, end + 1), start: at, end: end + 1 }, hasText: hasText || TEXT_COMMAND.test(tex) };
        }
        at = end + 1;
        continue;
      }
      if (hash === BEGIN_HASH || suspectWords.has(hash) || TEXT_HASHES.has(hash)) {
        const word = tex.slice(at + 1, end);
        if (word === 'begin') {
          const environment = readArgument(tex, end);
          const name = environment?.inner.trim();
          if (name !== undefined && !known.environments.has(name)) {
            return { unknown: { name: `{${name}}`, start: environment!.start, end: environment!.end }, hasText: hasText || TEXT_COMMAND.test(tex) };
          }
        } else if (TEXT_WORDS.has(word)) {
          hasText = true;
        } else if (!known.macros.has(word) && !context.userNames.has(`\\${word}`)) {
          return { unknown: { name: `\\${word}`, start: at, end }, hasText: hasText || TEXT_COMMAND.test(tex) };
        }
      }
      at = end;
    }
    return { hasText };
  }

  /** The first command (`\\name`) or environment (`{name}`) the profile's MathJax does not define, if any. */
  private firstUnknown(tex: string, context: MacroContext): { unknown?: { name: string; start: number; end: number } } {
    const known = mathjaxNames(this.profile);
    for (const cs of controlSequences(tex)) {
      // `\\` followed by a line break is a control space, as `\\ ` is.
      const word = cs.name.length === 2 && /\s/.test(cs.name[1]!) ? ' ' : cs.name.slice(1);
      if (cs.name === '\\begin') {
        const environment = readArgument(tex, cs.end);
        const name = environment?.inner.trim();
        if (name !== undefined && !known.environments.has(name)) return { unknown: { name: `{${name}}`, start: environment!.start, end: environment!.end } };
      } else if (!known.macros.has(word) && !context.userNames.has(cs.name)) {
        return { unknown: { name: cs.name, start: cs.start, end: cs.end } };
      }
    }
    return {};
  }

  /**
   * What textmacros certainly does with a character or command in text (as MathJax's own tables say), or
   * undefined when only MathJax can tell (`#`, a macro the document defines).
   */
  private textModeFailure(trouble: TextTrouble, tex: string, context: MacroContext): MathFinding | undefined {
    const { label } = this.profile;
    if (trouble.char === '_' || trouble.char === '^') return this.mathOnlyInText(trouble.char, trouble.at, tex);
    if (trouble.char === '&') {
      return {
        rule: 'syntax-error',
        message: `${label}: '&' cannot be used in text: its textmacros extension reads \\text{…} as TeX. Write \\& for the character.`,
        start: texOffset(trouble.at),
        end: texOffset(trouble.at + 1),
      };
    }
    const name = trouble.command;
    if (!name || context.userNames.has(name)) return undefined;
    const span = { start: texOffset(trouble.at), end: texOffset(trouble.at + name.length) };
    if (mathjaxNames(this.profile).macros.has(name.slice(1))) {
      return {
        rule: 'syntax-error',
        message: `${label}: ${name} is only supported in math mode, and its textmacros extension reads \\text{…} as TeX. Move it out of \\text (\\text{see } ${name}).`,
        ...span,
      };
    }
    return { rule: 'unknown-command', message: `Unknown command ${name} in text: ${label} does not define it.`, ...span };
  }

  private mathOnlyInText(char: string, at: number, tex: string): MathFinding {
    const fix = char === '_' ? textUnderscoreFix(tex) : undefined;
    return {
      rule: 'syntax-error',
      message: `${this.profile.label}: '${char}' allowed only in math mode. Its textmacros extension reads \\text{…} as TeX: write \\${char} for the character, or move the math out of \\text.`,
      start: texOffset(at),
      end: texOffset(at + 1),
      ...(fix ? { fix } : {}),
    };
  }

  /** A finding from MathJax's refusal of a formula KaTeX accepted, placed where the cause is. */
  private fromRefusal(refusal: Refusal, tex: string, context: MacroContext): MathFinding {
    const { label } = this.profile;
    const undefinedCommand = /^Undefined control sequence (\\\S+)/.exec(refusal.message);
    if (undefinedCommand) {
      const name = undefinedCommand[1]!;
      const at = [...controlSequences(tex)].find((cs) => cs.name === name);
      return this.unknownCommand(name, at ?? FORMULA_START, tex, context, ' (KaTeX knows it; this renderer does not.)');
    }
    const mathOnly = /^'(.)' allowed only in math mode/.exec(refusal.message);
    if (mathOnly) return this.mathOnlyInText(mathOnly[1]!, textModeCharacter(tex, mathOnly[1]!), tex);
    const limit = limitAdvice(refusal.id, this.profile);
    if (limit) {
      return {
        rule: 'syntax-error',
        message: `${label} refuses it: ${refusal.message.replace(/[;.].*$/, '')} (${limit}).`,
        start: texOffset(0),
        end: texOffset(1),
      };
    }
    const command = /\\[A-Za-z]+/.exec(refusal.message);
    const at = command ? [...controlSequences(tex)].find((cs) => cs.name === command[0]) : undefined;
    return { rule: 'syntax-error', message: `${label}: ${refusal.message}.`, start: texOffset(at?.start ?? 0), end: texOffset(at?.end ?? 1) };
  }

  private withSuggestion(finding: MathFinding, tex: string, context: MacroContext): MathFinding {
    if (finding.rule !== 'unknown-command' || !tex.startsWith('\\', finding.start)) return finding;
    const name = tex.slice(finding.start, finding.end).trim();
    if (!/^\\[A-Za-z@]+$/.test(name)) return finding;
    return { ...finding, ...this.unknownCommand(name, finding, tex, context) };
  }

  /**
   * A command the renderer does not define, with what to do: write out a macro whose definition the renderer
   * refused, or take the one known command nearest to the name; each with its fix.
   */
  private unknownCommand(name: string, span: { start: number; end: number }, tex: string, context: MacroContext, note = ''): MathFinding {
    const { label } = this.profile;
    const at = { start: texOffset(span.start), end: texOffset(span.end) };
    const refused = context.refused.get(name);
    if (refused) {
      const { definition, group } = refused;
      const fix = tex.startsWith(name, span.start) ? everyUseWrittenOut(tex, name, definition, group, this.profile.refused) : undefined;
      return {
        rule: 'unknown-command',
        message: `${name} is defined with ${definition.command} in this document, but ${label} ${this.profile.refusedByPrefix?.some((prefix) => definition.command.startsWith(prefix)) ? 'refuses' : 'has no'} ${definition.command}, so ${name} is undefined here. Write it out where it is used.`,
        ...at,
        ...(fix ? { fix } : {}),
      };
    }
    const suggestion = nearestCommand(name, context.userNames);
    const guess = suggestion ? ` Did you mean ${suggestion}?` : '';
    const message = this.profile.definitions
      ? `Unknown command ${name}: ${label} does not define it.${guess} Define it before use (\\newcommand{${name}}{…} in an earlier formula, or under macros: in .mathrepro.yml), or fix the spelling.`
      : `Unknown command ${name}: ${label} does not define it.${guess} GitHub has no macros (no \\newcommand, no configuration): write the command out where it is used.`;
    const fix =
      suggestion && this.accepts(suggestion, context) && tex.startsWith(name, span.start)
        ? renameFix(span.start, span.start + name.length, name, suggestion)
        : undefined;
    return { rule: 'unknown-command', message: message + note, ...at, ...(fix ? { fix } : {}) };
  }

  /** Whether the renderer defines a command and does not refuse it (a suggestion is only a fix then). */
  private accepts(name: string, context: MacroContext): boolean {
    if (refusalOf(this.profile, name) !== undefined) return false;
    if (context.userNames.has(name)) return true;
    const word = name.slice(1);
    return this.profile.engine === 'katex' ? (katexNames ??= new Set(MATHJAX_NAMES.katex.all!.macros)).has(word) : mathjaxNames(this.profile).macros.has(word);
  }

  private describeFailure(error: unknown, tex: string, context: MacroContext): MathFinding {
    const rendererName = this.profile.label;
    const missingPreamble = /\\begin\{(array|darray|subarray)\}(?!\s*\{)/.exec(tex);
    if (missingPreamble && !(error instanceof KatexParseError)) {
      return {
        rule: 'syntax-error',
        message: `\\begin{${missingPreamble[1]}} needs its column specification (such as {lcr}) right after it; renderers show an error ("Illegal pream-token").`,
        start: texOffset(missingPreamble.index),
        end: texOffset(missingPreamble.index + missingPreamble[0].length),
      };
    }
    if (error instanceof TooComplexError) {
      return {
        rule: 'too-complex',
        message:
          'Its macros expand to more than can be checked in bounded time and memory (an argument pasted thousands of times, or expansions that keep growing); renderers give up on it too.',
        start: texOffset(0),
        end: texOffset(1),
      };
    }
    if (error instanceof RangeError) {
      return {
        rule: 'too-complex',
        message: 'Formula nested too deeply to check (the parser ran out of stack); renderers fail on it too.',
        start: texOffset(0),
        end: texOffset(1),
      };
    }
    if (!(error instanceof KatexParseError)) {
      return {
        rule: 'syntax-error',
        // KaTeX's own assertions (e.g. `\\begin{array}\\\\` with no column spec) fail with a plain Error.
        message: `KaTeX cannot parse this formula: ${error instanceof Error ? error.message : String(error)}`,
        start: texOffset(0),
        end: texOffset(1),
      };
    }
    const parseError = error as Error & { rawMessage?: string; position?: number; length?: number };
    const raw = parseError.rawMessage ?? parseError.message;
    const span = errorSpan(parseError, tex);
    const undefinedCommand = /^Undefined control sequence: (.+)$/.exec(raw);
    if (undefinedCommand) {
      const name = undefinedCommand[1]!;
      return this.unknownCommand(name, span ?? FORMULA_START, tex, context);
    }
    const unknownEnvironment = /^No such environment: (.+)$/.exec(raw);
    if (unknownEnvironment) {
      return {
        rule: 'unknown-command',
        message: `Unknown environment ${unknownEnvironment[1]}: ${rendererName} does not define it.`,
        ...(span ?? FORMULA_START),
      };
    }
    if (raw.startsWith('Too many expansions')) {
      return {
        rule: 'syntax-error',
        message: `A macro expands forever (more than ${this.profile.maxExpand} expansions): check macros that use themselves.`,
        start: texOffset(0),
        end: texOffset(1),
      };
    }
    return { rule: 'syntax-error', message: raw, ...(span ?? FORMULA_START) };
  }
}

/** The site refuses the formula whole for its braces: that is all a reader sees of it. */
/**
 * A KaTeX-only command (`\htmlClass`) under a MathJax renderer is one mistake, reported once: as `renderer-compat`,
 * which says what it is, not also as the `unknown-command` MathJax's tables find for the same command.
 */
function oneFindingPerCause(findings: MathFinding[]): MathFinding[] {
  if (findings.length < 2) return findings;
  const katexOnly = new Set(findings.filter((f) => f.rule === 'renderer-compat').map((f) => `${f.start}:${f.end}`));
  return katexOnly.size === 0 ? findings : findings.filter((f) => f.rule !== 'unknown-command' || !katexOnly.has(`${f.start}:${f.end}`));
}

function tooManyBraces(braces: number, renderer: RendererProfile): FormulaCheck {
  const finding = {
    rule: 'too-complex' as const,
    severity: 'error' as const,
    message: `${renderer.label} shows "Unable to render expression." for a formula with ${renderer.maxBraces} or more \`{\` (this one has ${braces}). Split it into smaller formulas, or drop braces that group a single character.`,
    ...FORMULA_START,
  };
  return { findings: [finding], labels: [], tags: [], refs: [] };
}

/**
 * KaTeX gathers a run of Unicode super- and subscript characters (`x²²²…`) into one script, at a cost that grows
 * with the square of the run: 249,000 of them took 52 s. A run this long is no formula anyone writes.
 */
const MAX_SCRIPT_RUN = 1_000;
const SCRIPT_CHARACTER = /[\u00b2\u00b3\u00b9\u2070-\u209c]/;

function longScriptRun(tex: string): { start: number; length: number } | undefined {
  let start = -1;
  for (let k = 0; k < tex.length; k++) {
    if (SCRIPT_CHARACTER.test(tex[k]!)) {
      if (start < 0) start = k;
      if (k - start + 1 > MAX_SCRIPT_RUN) {
        let end = k;
        while (end < tex.length && SCRIPT_CHARACTER.test(tex[end]!)) end++;
        return { start, length: end - start };
      }
    } else start = -1;
  }
  return undefined;
}

function tooManyScripts(run: { start: number; length: number }): FormulaCheck {
  const finding = {
    rule: 'too-complex' as const,
    message: `A run of ${run.length} superscript or subscript characters (the limit is ${MAX_SCRIPT_RUN}); the formula was not checked.`,
    start: texOffset(run.start),
    end: texOffset(run.start + 1),
  };
  return { findings: [finding], labels: [], tags: [], refs: [] };
}

function tooLong(tex: string): FormulaCheck {
  const finding = {
    rule: 'too-complex' as const,
    message: `Formula of ${tex.length} characters not checked (the limit is ${MAX_FORMULA_LENGTH}).`,
    ...FORMULA_START,
  };
  return { findings: [finding], labels: [], tags: [], refs: [] };
}

/**
 * Where a KaTeX error sits in `tex`, when it does: errors inside a macro's expansion carry positions in the
 * macro's body, which KaTeX's message shows, so the message is rebuilt from `tex` and compared.
 */
function errorSpan(error: { message: string; position?: number; length?: number }, tex: string): Span<TexOffset> | undefined {
  const start = error.position;
  if (start === undefined || start > tex.length) return undefined;
  const end = start + (error.length ?? 0);
  const underlined = tex.slice(start, end).replace(/[^]/g, '$&\u0332');
  const left = start > 15 ? `…${tex.slice(start - 15, start)}` : tex.slice(0, start);
  const right = end + 15 < tex.length ? `${tex.slice(end, end + 15)}…` : tex.slice(end);
  if (!error.message.endsWith(left + underlined + right)) return undefined;
  // KaTeX's tokens include the spaces after a command word; the finding is the command itself.
  let trimmed = end;
  while (trimmed > start + 1 && /\s/.test(tex[trimmed - 1]!)) trimmed--;
  return { start: texOffset(start), end: texOffset(Math.max(trimmed, start + 1)) };
}

function katexMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'rawMessage' in error) return String((error as { rawMessage: unknown }).rawMessage);
  return error instanceof Error ? error.message : String(error);
}

const MAY_BE_KATEX_ONLY = /\\(?:htmlClass|htmlId|htmlStyle|htmlData|includegraphics)(?![A-Za-z@])/;

function katexOnlyCommands(tex: string, renderer: RendererProfile): MathFinding[] {
  const findings: MathFinding[] = [];
  if (!MAY_BE_KATEX_ONLY.test(tex)) return findings;
  for (const cs of controlSequences(tex)) {
    if (!KATEX_ONLY.has(cs.name)) continue;
    findings.push({
      rule: 'renderer-compat',
      message: `${cs.name} is KaTeX-only: ${renderer.label} shows an error for it.`,
      start: texOffset(cs.start),
      end: texOffset(cs.end),
    });
  }
  return findings;
}

const HOSTILE_COMMANDS = ['href', 'url', 'rule', 'kern', 'mkern', 'hspace', 'vspace', 'hskip', 'mskip', 'mspace', 'raisebox', 'Rule', 'Space'];
const MAY_BE_HOSTILE = new RegExp(`\\\\(?:${HOSTILE_COMMANDS.join('|')})(?![A-Za-z@])`);
const LINK = /\\(?:href|url)\s*\{([^{}]{0,200})/g;
const SIZE =
  /\\(?:rule|kern|mkern|hspace\*?|vspace\*?|hskip|mskip|mspace|raisebox|Rule|Space)\s*(?:\[[^\]]*\]\s*)?((?:\{?\s*-?\d*\.?\d+\s*[a-z]{2}\s*\}?\s*){1,3})/g;
/** Em per unit, roughly: enough to tell a size no page holds (a page is about 50 em wide). */
const EM_PER_UNIT: Record<string, number> = {
  em: 1,
  ex: 0.43,
  pt: 0.1,
  bp: 0.1,
  pc: 1.2,
  dd: 0.107,
  cc: 1.28,
  px: 0.1,
  mm: 0.28,
  cm: 2.8,
  in: 7.2,
  mu: 1 / 18,
  sp: 1.5e-6,
};
const MAX_EM = 1_000;

/**
 * What a stranger's pull request can hide in a formula: a link whose protocol runs code (`\\href{javascript:…}`,
 * shown as a live link where the renderer allows links), and sizes no page holds (`\\rule{99999em}{99999em}`).
 */
function hostileTex(tex: string): MathFinding[] {
  const findings: MathFinding[] = [];
  for (const link of tex.matchAll(LINK)) {
    // Renderers read the protocol as browsers do: whitespace and control characters left out, any case.
    const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(link[1]!.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
    if (protocol === 'javascript' || protocol === 'vbscript' || protocol === 'data') {
      findings.push({
        rule: 'hostile-tex',
        message: `A ${protocol}: link runs code or loads content when clicked, where the renderer makes links live (MathJax's html extension, KaTeX with trust). Link to an https: address.`,
        start: texOffset(link.index),
        end: texOffset(link.index + link[0].length - link[1]!.length),
      });
    }
  }
  for (const size of tex.matchAll(SIZE)) {
    for (const dimension of size[1]!.matchAll(/(-?\d*\.?\d+)\s*([a-z]{2})/g)) {
      const em = Math.abs(Number(dimension[1])) * (EM_PER_UNIT[dimension[2]!] ?? 0);
      if (em <= MAX_EM) continue;
      findings.push({
        rule: 'hostile-tex',
        message: `A size of ${dimension[1]}${dimension[2]} (about ${Math.round(em)} em; a page is about 50 em wide): renderers lay it out and browsers slow down or draw over the page.`,
        start: texOffset(size.index),
        end: texOffset(size.index + size[0].length),
      });
      break;
    }
  }
  return findings;
}

/** Commands the site refuses before MathJax sees them: certain failures, so errors. */
function refusedCommands(tex: string, renderer: RendererProfile, refusedDefinitions: readonly Definition[]): MathFinding[] {
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
    findings.push({
      rule: 'refused-command',
      message:
        (renderer.refusedByPrefix?.includes(refusedName) === false
          ? `${renderer.label} has no ${cs.name} (${refusal}): it shows in red, and the formula is wrong.`
          : `${renderer.label} refuses ${cs.name} ("${refusal}"): the formula shows that error instead of math.`) + (REFUSED_ADVICE[refusedName] ?? ''),
      start: texOffset(cs.start),
      end: texOffset(cs.end),
      ...(fix ? { fix } : {}),
    });
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
function everyUseWrittenOut(tex: string, name: string, definition: Definition, group: string, refused: ReadonlyMap<string, string>): TexFix | undefined {
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
function blankedOut(tex: string, definitions: readonly Definition[]): string {
  let out = '';
  let at = 0;
  for (const definition of definitions) {
    out += tex.slice(at, definition.start) + ' '.repeat(definition.end - definition.start);
    at = definition.end;
  }
  return out + tex.slice(at);
}

const REFUSED_ADVICE: Record<string, string> = {
  '\\operatorname': ' Write \\mathop{\\mathrm{…}}\\nolimits (\\mathop{\\mathrm{…}} for \\operatorname*): the same spacing.',
  '\\DeclareMathOperator': ' Write \\mathop{\\mathrm{…}}\\nolimits where the operator is used.',
  '\\newcommand': ' GitHub has no macros: write the command out where it is used.',
  '\\renewcommand': ' GitHub has no macros: write the command out where it is used.',
  '\\def': ' GitHub has no macros: write the command out where it is used.',
  '\\colorbox': ' \\color{…}{…} works.',
  '\\fcolorbox': ' \\boxed{…} or \\color{…}{…} work.',
};

const TEXT_WORDS = new Set([...TEXT_COMMANDS].map((name) => name.slice(1)));
const ENVIRONMENT = /\\begin\s*\{([^{}]*)\}/g;
const TEXT_HASHES = new Set([...TEXT_WORDS].map(wordHash));
const BEGIN_HASH = wordHash('begin');

/** `_`, `^`, `&`, `#`, or `\\` for a command. */
type TextTrouble = TextModeCharacter;

/**
 * The first thing in a text command's argument that textmacros may refuse, outside the `$…$` text may contain:
 * `_`, `^`, `&`, `#`, or a command that textmacros does not accept in text (`\\dots` is math-only there).
 */
function textTrouble(tex: string, textMode: ReadonlySet<string>): TextTrouble | undefined {
  for (const { char, at, command } of textModeCharacters(tex, '_^&#')) {
    if (command) {
      if (!textMode.has(command.slice(1))) return { char, at, command };
    } else return { char, at };
  }
  return undefined;
}

/** The offset of the first `char` written in text mode (inside a text command's braces, outside `$…$`), or 0. */
function textModeCharacter(tex: string, char: string): number {
  for (const found of textModeCharacters(tex, char)) if (!found.command && found.char === char) return found.at;
  return 0;
}
