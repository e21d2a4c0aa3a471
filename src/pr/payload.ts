import { clip } from '../format/escape.js';
import { mostImportantFirst } from '../format/limits.js';
import { RULE_IDS, type RuleId } from '../model/rules.js';
import type { FilePreview, FormulaPreview } from '../model/preview.js';
import type { VerifyReport } from '../model/reproduce.js';
import type { Diagnostic } from '../model/types.js';

/**
 * What the first, read-only half of the fork-safe setup hands to the second, privileged half: the data of the
 * comment, never its Markdown. The second half treats it as hostile: it checks every field's type and size and
 * renders the comment itself, escaping everything.
 */
export interface CommentPayload {
  mathrepro: 1;
  pullRequest: number;
  headSha: string;
  /** What the run checked in all (the findings below are those under the filter mode). */
  summary: { files: number; formulas: number };
  findings: Diagnostic[];
  files: FilePreview[];
  reproduce?: VerifyReport;
  /** Environment-file findings shown, how many there were in all, and in how many files. */
  env?: { shown: Diagnostic[]; total: number; files: number };
  /** Findings and changed files the first half left out to stay within the limits below. */
  omitted?: { findings: number; files: number };
}

/** What the second half accepts; the first half writes within it (`boundedPayload`). */
export const PAYLOAD_LIMITS = { findings: 5_000, files: 3_000, previews: 2_000, text: 100_000, short: 2_000, name: 200, results: 1_000, warnings: 100 };
const LIMITS = PAYLOAD_LIMITS;

export class PayloadError extends Error {}

export function parsePayload(text: string): CommentPayload {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PayloadError('the report artifact is not JSON');
  }
  const root = record(data, 'payload');
  if (root.mathrepro !== 1) throw new PayloadError('the report artifact is not a mathrepro version 1 payload');
  const payload: CommentPayload = {
    mathrepro: 1,
    pullRequest: integer(root.pullRequest, 'pullRequest'),
    headSha: string(root.headSha, 'headSha', 64, /^[0-9a-f]{40,64}$/),
    summary: {
      files: integer(record(root.summary, 'summary').files, 'summary.files'),
      formulas: integer(record(root.summary, 'summary').formulas, 'summary.formulas'),
    },
    findings: list(root.findings, 'findings', LIMITS.findings).map(diagnostic),
    files: list(root.files, 'files', LIMITS.files).map(filePreview),
  };
  if (root.reproduce !== undefined) payload.reproduce = verifyReport(root.reproduce);
  if (root.env !== undefined) {
    const env = record(root.env, 'env');
    payload.env = {
      shown: list(env.shown, 'env.shown', LIMITS.findings).map(diagnostic),
      total: integer(env.total, 'env.total'),
      files: integer(env.files, 'env.files'),
    };
  }
  if (root.omitted !== undefined) {
    const omitted = record(root.omitted, 'omitted');
    payload.omitted = { findings: integer(omitted.findings, 'omitted.findings'), files: integer(omitted.files, 'omitted.files') };
  }
  return payload;
}

/**
 * The payload as the second half will accept it: at most as many findings (errors first), files and previews
 * as it reads, every text within its length (a formula too long to show is replaced by a note), and how much was
 * left out. A large pull request from a fork still gets its comment.
 */
export function boundedPayload(payload: CommentPayload): CommentPayload {
  const findings = mostImportantFirst(payload.findings);
  const keptFindings = findings.slice(0, LIMITS.findings).map(boundedDiagnostic);
  const keptFiles = payload.files.slice(0, LIMITS.files).map((file) => ({
    file: clip(file.file, LIMITS.short),
    removed: file.removed,
    previews: file.previews.slice(0, LIMITS.previews).map((preview) => {
      const bounded: FormulaPreview = { ...preview, after: shownFormula(preview.after) };
      if (preview.before !== undefined) bounded.before = shownFormula(preview.before);
      return bounded;
    }),
  }));
  const result: CommentPayload = { ...payload, findings: keptFindings, files: keptFiles };
  if (payload.reproduce) {
    const r = payload.reproduce;
    result.reproduce = {
      ...r,
      file: clip(r.file, LIMITS.short),
      results: r.results.slice(0, LIMITS.results).map((x) => ({
        ...x,
        metric: clip(x.metric, LIMITS.name),
        expected: clip(x.expected, LIMITS.name),
        source: x.source === null ? null : clip(x.source, LIMITS.short),
        message: clip(x.message, LIMITS.short),
      })),
      cells: r.cells.slice(0, LIMITS.results).map((x) => ({
        ...x,
        ref: clip(x.ref, LIMITS.name),
        source: x.source === null ? null : clip(x.source, LIMITS.short),
        message: clip(x.message, LIMITS.short),
      })),
      warnings: r.warnings.slice(0, LIMITS.warnings).map((w) => ({ ...w, message: clip(w.message, LIMITS.short) })),
    };
  }
  if (payload.env) result.env = { ...payload.env, shown: mostImportantFirst(payload.env.shown).slice(0, LIMITS.findings).map(boundedDiagnostic) };
  const omitted = { findings: findings.length - keptFindings.length, files: payload.files.length - keptFiles.length };
  if (omitted.findings || omitted.files) result.omitted = omitted;
  return result;
}

function boundedDiagnostic(d: Diagnostic): Diagnostic {
  const bounded: Diagnostic = { ...d, file: clip(d.file, LIMITS.short), message: clip(d.message, LIMITS.short) };
  if (d.source !== undefined) bounded.source = clip(d.source, LIMITS.text);
  return bounded;
}

function shownFormula(tex: string): string {
  return tex.length <= LIMITS.text ? tex : `\\text{(a formula of ${tex.length} characters, too long to show)}`;
}

const EXPECTATION_STATUSES = ['pass', 'fail', 'missing', 'invalid', 'info'] as const;
const CELL_STATUSES = ['ok', 'missing', 'error', 'not-executed', 'stale', 'invalid'] as const;

function verifyReport(value: unknown): VerifyReport {
  const r = record(value, 'reproduce');
  const s = record(r.summary, 'reproduce.summary');
  const oneOf = <T extends string>(v: unknown, allowed: readonly T[], where: string): T => {
    if (!allowed.includes(v as T)) throw new PayloadError(`${where}: unexpected value`);
    return v as T;
  };
  const nullableNumber = (v: unknown, where: string): number | null => {
    if (v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new PayloadError(`${where}: expected a number`);
    return v;
  };
  const nullableString = (v: unknown, where: string): string | null => (v === null ? null : string(v, where, LIMITS.short));
  return {
    version: 1,
    file: string(r.file, 'reproduce.file', LIMITS.short),
    summary: {
      expectations: integer(s.expectations, 'expectations'),
      passed: integer(s.passed, 'passed'),
      failed: integer(s.failed, 'failed'),
      missing: integer(s.missing, 'missing'),
      invalid: integer(s.invalid, 'invalid'),
      informational: s.informational === undefined ? 0 : integer(s.informational, 'informational'),
    },
    results: list(r.results, 'reproduce.results', 1000).map((value, i) => {
      const x = record(value, `reproduce.results[${i}]`);
      return {
        metric: string(x.metric, 'metric', 200),
        expected: string(x.expected, 'expected', 200),
        observed: nullableNumber(x.observed, 'observed'),
        status: oneOf(x.status, EXPECTATION_STATUSES, 'status'),
        source: nullableString(x.source, 'source'),
        base: nullableNumber(x.base, 'base'),
        message: string(x.message, 'message', LIMITS.short),
        line: integer(x.line, 'line'),
        column: integer(x.column, 'column'),
        ...(x.endLine === undefined ? {} : { endLine: integer(x.endLine, 'endLine') }),
        ...(x.endColumn === undefined ? {} : { endColumn: integer(x.endColumn, 'endColumn') }),
      };
    }),
    cells: list(r.cells, 'reproduce.cells', 1000).map((value, i) => {
      const x = record(value, `reproduce.cells[${i}]`);
      return {
        ref: string(x.ref, 'ref', 200),
        status: oneOf(x.status, CELL_STATUSES, 'status'),
        source: nullableString(x.source, 'source'),
        message: string(x.message, 'message', LIMITS.short),
        line: integer(x.line, 'line'),
        column: integer(x.column, 'column'),
      };
    }),
    warnings: list(r.warnings, 'reproduce.warnings', 100).map((value) => ({ message: string(record(value, 'warning').message, 'message', LIMITS.short) })),
  };
}

function diagnostic(value: unknown, index: number): Diagnostic {
  const d = record(value, `findings[${index}]`);
  const rule = string(d.rule, 'rule', 64) as RuleId;
  if (!RULE_IDS.has(rule)) throw new PayloadError(`findings[${index}]: unknown rule`);
  const severity = string(d.severity, 'severity', 10);
  if (severity !== 'error' && severity !== 'warning') throw new PayloadError(`findings[${index}]: bad severity`);
  const result: Diagnostic = {
    file: string(d.file, 'file', LIMITS.short),
    line: integer(d.line, 'line'),
    column: integer(d.column, 'column'),
    endLine: integer(d.endLine, 'endLine'),
    endColumn: integer(d.endColumn, 'endColumn'),
    severity,
    rule,
    message: string(d.message, 'message', LIMITS.short),
  };
  if (d.source !== undefined) result.source = string(d.source, 'source', LIMITS.text);
  if (d.cell !== undefined) result.cell = integer(d.cell, 'cell');
  if (d.cellLine !== undefined) result.cellLine = integer(d.cellLine, 'cellLine');
  return result;
}

function filePreview(value: unknown, index: number): FilePreview {
  const f = record(value, `files[${index}]`);
  return {
    file: string(f.file, 'file', LIMITS.short),
    removed: integer(f.removed, 'removed'),
    previews: list(f.previews, 'previews', LIMITS.previews).map((p, k): FormulaPreview => {
      const preview = record(p, `files[${index}].previews[${k}]`);
      const kind = string(preview.kind, 'kind', 10);
      if (kind !== 'added' && kind !== 'changed') throw new PayloadError('bad preview kind');
      const result: FormulaPreview = {
        kind,
        line: integer(preview.line, 'line'),
        after: string(preview.after, 'after', LIMITS.text),
        broken: preview.broken === true,
      };
      if (preview.before !== undefined) result.before = string(preview.before, 'before', LIMITS.text);
      if (preview.cell !== undefined) result.cell = integer(preview.cell, 'cell');
      if (preview.unshowable !== undefined) result.unshowable = string(preview.unshowable, 'unshowable', LIMITS.short);
      if (preview.brokenOn === 'github' || preview.brokenOn === 'site') result.brokenOn = preview.brokenOn;
      return result;
    }),
  };
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PayloadError(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new PayloadError(`${where}: expected a list`);
  if (value.length > max) throw new PayloadError(`${where}: more than ${max} entries`);
  return value;
}

function string(value: unknown, where: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length > max || (pattern && !pattern.test(value))) {
    throw new PayloadError(`${where}: expected a string of at most ${max} characters${pattern ? ' in the right form' : ''}`);
  }
  return value;
}

function integer(value: unknown, where: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new PayloadError(`${where}: expected a non-negative integer`);
  return value as number;
}
