import type { RuleInfo } from '../model/rules.js';
import { RULES } from './registry.generated.js';

export { RULES };

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

/** A rule's declaration by its id. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
