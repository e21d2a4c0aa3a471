import type { RuleInfo } from '../model/rules.js';

/**
 * A rule's declaration: its id, default severity, scope and the words people read about it (README's rule tables,
 * the configuration's JSON schema and SARIF's rule help are generated from these). The identity keeps the id's
 * literal type, so that a finding names its rule through the module that declares it.
 */
export function defineRule<const Info extends RuleInfo>(info: Info): Info {
  return info;
}
