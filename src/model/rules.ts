import type { Severity } from './types.js';
import { RULE_ID_LIST } from './rule-ids.generated.js';

/**
 * Where a rule looks: one formula's TeX, a Markdown text (a file or a notebook cell), a whole document (labels
 * and references across its formulas), a file as such, a REPRODUCE.md, an environment file.
 */
export type RuleScope = 'formula' | 'markdown' | 'document' | 'file' | 'reproduce' | 'environment';

/** What a rule declares about itself (src/rules/<id>.ts): docs, the JSON schema and SARIF are made from this. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  scope: RuleScope;
  description: string;
  /** What to do about a finding, in one or two sentences (SARIF's help, shown by code scanning). */
  fix: string;
  /** What it reports, in Markdown with examples: the README's rule tables are generated from it. */
  reports: string;
}

export type RuleId = (typeof RULE_ID_LIST)[number];

export const RULE_IDS: ReadonlySet<string> = new Set(RULE_ID_LIST);
