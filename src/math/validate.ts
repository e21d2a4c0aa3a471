import type { Renderer, Severity } from '../types.js';
import { KatexParseError, parseTex, type KatexToken } from './katex-parser.js';
import type { MacroContext } from './macros.js';
import { DEFINING_COMMANDS, prepareFormula, type Definition, type Reference } from './prepare.js';
import { controlSequences } from './tex.js';

/** A problem inside one formula, at offsets of the formula's TeX. */
export interface MathFinding {
  rule: string;
  message: string;
  start: number;
  end: number;
  severity?: Severity;
}

export interface FormulaCheck {
  findings: MathFinding[];
  labels: readonly Reference[];
  tags: readonly Reference[];
  refs: readonly Reference[];
}

/** Longer formulas are reported as not checked: the bound on time per formula. */
export const MAX_FORMULA_LENGTH = 250_000;

const RENDERER_NAMES: Record<Renderer, string> = {
  github: "GitHub's MathJax",
  mathjax: 'MathJax',
  katex: 'KaTeX',
};

/** MathJax stops after 10,000 macro expansions, KaTeX after 1,000: beyond that a macro loops. */
const MAX_EXPAND: Record<Renderer, number> = { github: 10_000, mathjax: 10_000, katex: 1_000 };

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

interface ParseOutcome {
  findings: MathFinding[];
}

/**
 * Checks formulas with KaTeX's parser (not its renderer: parsing is all validation needs and is several times
 * faster). Results are cached by formula and macro context, because research notes repeat formulas.
 */
export class FormulaChecker {
  private readonly cache = new Map<string, ParseOutcome>();

  constructor(readonly renderer: Renderer) {}

  check(tex: string, display: boolean, context: MacroContext): FormulaCheck {
    if (tex.length > MAX_FORMULA_LENGTH) return tooLong(tex);
    const { renderer } = this;
    const prepared = prepareFormula(tex, renderer);
    const findings: MathFinding[] = prepared.definitions.length > 0 ? this.define(prepared.definitions, context) : [];
    if (renderer !== 'katex') findings.push(...katexOnlyCommands(tex, renderer));
    // MathJax accepts display-only structures (align, \tag) inline too; KaTeX's display mode is the closer match.
    const displayMode = renderer === 'katex' ? display : true;
    const outcome = renderer === 'katex' && mayDefine(tex) ? this.parseDefining(tex, display, context) : this.parseCached(prepared.tex, displayMode, context);
    findings.push(...outcome.findings);
    return { findings, labels: prepared.labels, tags: prepared.tags, refs: prepared.refs };
  }

  /** Applies a formula's definitions to the document's macros; what is wrong with them, as findings. */
  private define(definitions: readonly Definition[], context: MacroContext): MathFinding[] {
    const findings: MathFinding[] = [];
    for (const definition of definitions) {
      if (this.renderer === 'github') {
        findings.push({
          rule: 'renderer-compat',
          message: `GitHub's math renderer does not support ${definition.command}: on GitHub, ${definition.name} stays undefined and every formula using it shows an error. Write the macro out where it is used.`,
          start: definition.start,
          end: definition.start + definition.command.length,
        });
      }
      try {
        context.define(definition.install);
      } catch (error) {
        findings.push({
          rule: 'syntax-error',
          message: `${definition.command} of ${definition.name} is malformed: ${katexMessage(error)}`,
          start: definition.start,
          end: definition.end,
        });
      }
    }
    return findings;
  }

  private parseCached(tex: string, displayMode: boolean, context: MacroContext): ParseOutcome {
    const key = `${displayMode ? 'D' : 'T'}${context.fingerprint}\u0000${tex}`;
    let outcome = this.cache.get(key);
    if (!outcome) {
      outcome = this.parse(tex, displayMode, context);
      if (this.cache.size >= MAX_CACHE_ENTRIES) this.cache.clear();
      this.cache.set(key, outcome);
    }
    return outcome;
  }

  /**
   * For KaTeX the definitions stay in the formula and KaTeX applies them while parsing: such a formula changes
   * the context, so its result cannot come from the cache.
   */
  private parseDefining(tex: string, displayMode: boolean, context: MacroContext): ParseOutcome {
    const outcome = this.parse(tex, displayMode, context);
    context.noteDefinition(tex);
    return outcome;
  }

  private parse(tex: string, displayMode: boolean, context: MacroContext): ParseOutcome {
    const { renderer } = this;
    const findings: MathFinding[] = [];
    try {
      parseTex(tex, {
        displayMode,
        throwOnError: true,
        macros: context.macros,
        globalGroup: true,
        trust: true,
        maxExpand: MAX_EXPAND[renderer],
        strict: (code: string, message: string, token?: KatexToken) => {
          if (renderer === 'katex') {
            const loc = token?.loc;
            const here = loc && loc.lexer.input === tex ? loc : undefined;
            findings.push({
              rule: 'katex-strict',
              message: `${STRICT_MESSAGES[code] ?? message} (${code})`,
              start: here?.start ?? 0,
              end: Math.max(here?.end ?? 1, (here?.start ?? 0) + 1),
            });
          }
          return 'ignore';
        },
      });
    } catch (error) {
      findings.push(this.describeFailure(error, tex));
    }
    return { findings };
  }

  private describeFailure(error: unknown, tex: string): MathFinding {
    const rendererName = RENDERER_NAMES[this.renderer];
    const missingPreamble = /\\begin\{(array|darray|subarray)\}(?!\s*\{)/.exec(tex);
    if (missingPreamble && !(error instanceof KatexParseError)) {
      return {
        rule: 'syntax-error',
        message: `\\begin{${missingPreamble[1]}} needs its column specification (such as {lcr}) right after it; renderers show an error ("Illegal pream-token").`,
        start: missingPreamble.index,
        end: missingPreamble.index + missingPreamble[0].length,
      };
    }
    if (error instanceof RangeError) {
      return {
        rule: 'too-complex',
        message: 'Formula nested too deeply to check (the parser ran out of stack); renderers fail on it too.',
        start: 0,
        end: 1,
      };
    }
    if (!(error instanceof KatexParseError)) {
      return {
        rule: 'syntax-error',
        // KaTeX's own assertions (e.g. `\\begin{array}\\\\` with no column spec) fail with a plain Error.
        message: `KaTeX cannot parse this formula: ${error instanceof Error ? error.message : String(error)}`,
        start: 0,
        end: 1,
      };
    }
    const parseError = error as Error & { rawMessage?: string; position?: number; length?: number };
    const raw = parseError.rawMessage ?? parseError.message;
    const span = errorSpan(parseError, tex);
    const undefinedCommand = /^Undefined control sequence: (.+)$/.exec(raw);
    if (undefinedCommand) {
      const name = undefinedCommand[1]!;
      return {
        rule: 'unknown-command',
        message: `Unknown command ${name}: ${rendererName} does not define it. Define it before use (\\newcommand{${name}}{…} in an earlier formula${this.renderer === 'github' ? ' does not work on GitHub' : ''}, or under macros: in .mathrepro.yml), or fix the spelling.`,
        ...(span ?? { start: 0, end: 1 }),
      };
    }
    const unknownEnvironment = /^No such environment: (.+)$/.exec(raw);
    if (unknownEnvironment) {
      return {
        rule: 'unknown-command',
        message: `Unknown environment ${unknownEnvironment[1]}: ${rendererName} does not define it.`,
        ...(span ?? { start: 0, end: 1 }),
      };
    }
    if (raw.startsWith('Too many expansions')) {
      return {
        rule: 'syntax-error',
        message: `A macro expands forever (more than ${MAX_EXPAND[this.renderer]} expansions): check macros that use themselves.`,
        start: 0,
        end: 1,
      };
    }
    return { rule: 'syntax-error', message: raw, ...(span ?? { start: 0, end: 1 }) };
  }
}

function tooLong(tex: string): FormulaCheck {
  const finding = { rule: 'too-complex', message: `Formula of ${tex.length} characters not checked (the limit is ${MAX_FORMULA_LENGTH}).`, start: 0, end: 1 };
  return { findings: [finding], labels: [], tags: [], refs: [] };
}

/**
 * Where a KaTeX error sits in `tex`, when it does: errors inside a macro's expansion carry positions in the
 * macro's body, which KaTeX's message shows, so the message is rebuilt from `tex` and compared.
 */
function errorSpan(error: { message: string; position?: number; length?: number }, tex: string): { start: number; end: number } | undefined {
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
  return { start, end: Math.max(trimmed, start + 1) };
}

const MAY_DEFINE = /\\(?:newcommand|renewcommand|providecommand|def|gdef|edef|xdef|let|DeclareMathOperator)(?![A-Za-z@])/;

function mayDefine(tex: string): boolean {
  if (!MAY_DEFINE.test(tex)) return false;
  for (const cs of controlSequences(tex)) if (DEFINING_COMMANDS.has(cs.name)) return true;
  return false;
}

function katexMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'rawMessage' in error) return String((error as { rawMessage: unknown }).rawMessage);
  return error instanceof Error ? error.message : String(error);
}

const MAY_BE_KATEX_ONLY = /\\(?:htmlClass|htmlId|htmlStyle|htmlData|includegraphics)(?![A-Za-z@])/;

function katexOnlyCommands(tex: string, renderer: Renderer): MathFinding[] {
  const findings: MathFinding[] = [];
  if (!MAY_BE_KATEX_ONLY.test(tex)) return findings;
  for (const cs of controlSequences(tex)) {
    if (!KATEX_ONLY.has(cs.name)) continue;
    findings.push({
      rule: 'renderer-compat',
      message: `${cs.name} is KaTeX-only: ${RENDERER_NAMES[renderer]} shows an error for it.`,
      start: cs.start,
      end: cs.end,
    });
  }
  return findings;
}
