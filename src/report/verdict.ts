import { count } from '../format/count.js';

/**
 * One verdict for a run, from the math, REPRODUCE.md and the environment files together: the comment's headline,
 * the check run's conclusion and title and the step's outcome all come from it, so that none says "all math
 * renders" while another fails.
 */

export type FailOn = 'error' | 'warning' | 'never';
export type ReproduceState = 'pass' | 'fail' | 'error' | 'skipped';

export interface VerdictInput {
  /** Math findings shown (under the filter mode). */
  math: { errors: number; warnings: number };
  /** Environment-file findings shown, and how many the lint found in all (some may sit on lines not changed). */
  env?: { errors: number; warnings: number; total: number };
  /** `severity`: the rule `reproduce` as configured (a warning reports and fails only with fail-on: warning). */
  reproduce?: { state: ReproduceState; passed?: number; expectations?: number; cellsNotOk?: number; file: string; severity?: 'error' | 'warning' };
  failOn: FailOn;
  /** A pull request's run: its math findings are those on the lines it touches. */
  pullRequest?: boolean;
  /** Previewed formulas that render where they are read (a notebook) but not in GitHub's comment. */
  unshowable?: number;
}

export interface Verdict {
  /** Whether the step fails (fail-on decides; a REPRODUCE.md that does not reproduce fails unless fail-on is never). */
  fails: boolean;
  /** ❌ when anything is wrong or the step fails, ⚠️ for warnings only, ✅ when all holds. */
  icon: '❌' | '⚠️' | '✅';
  /** What is wrong, most important first: "2 errors in the math", "REPRODUCE.md does not reproduce (3/5)", … */
  problems: string[];
  conclusion: 'failure' | 'neutral' | 'success';
  /** One line for a check run's title or a failed step. */
  title: string;
}

export function judge(input: VerdictInput): Verdict {
  const { math, env, reproduce, failOn } = input;
  const errors = math.errors + (env?.errors ?? 0);
  const warnings = math.warnings + (env?.warnings ?? 0);
  const reproduceFails = reproduce !== undefined && (reproduce.state === 'fail' || reproduce.state === 'error');
  const reproduceIsError = reproduceFails && reproduce!.severity !== 'warning';
  const fails =
    (failOn === 'error' && errors > 0) ||
    (failOn === 'warning' && errors + warnings > 0) ||
    (failOn !== 'never' && reproduceFails && (reproduceIsError || failOn === 'warning'));
  const problems: string[] = [];
  if (math.errors || math.warnings)
    problems.push(`${findings(math.errors, math.warnings)} in the math${input.pullRequest ? ' this pull request touches' : ''}`);
  if (reproduceFails) {
    problems.push(
      reproduce!.state === 'error'
        ? `${reproduce!.file} could not be checked`
        : `${reproduce!.file} does not reproduce (${reproduce!.passed ?? 0}/${reproduce!.expectations ?? 0} expectations met${reproduce!.cellsNotOk ? `, ${count(reproduce!.cellsNotOk, 'required cell')} not ok` : ''})`,
    );
  }
  // Never ✅ over a formula the comment cannot show.
  if (input.unshowable) problems.push(`${count(input.unshowable, 'formula')} GitHub cannot show in this comment`);
  if (env && (env.errors || env.warnings)) problems.push(`${findings(env.errors, env.warnings)} in the environment files`);
  else if (env && env.total > 0) problems.push(`${count(env.total, 'environment finding')} on lines this change does not touch`);
  const icon = fails || errors > 0 || reproduceIsError ? '❌' : problems.length > 0 ? '⚠️' : '✅';
  const conclusion = fails ? 'failure' : problems.length > 0 ? 'neutral' : 'success';
  const title =
    problems.length > 0 ? capitalize(problems.join('; ')) : reproduce?.state === 'pass' ? 'All math renders, and the results reproduce' : 'All math renders';
  return { fails, icon, problems, conclusion, title };
}

function findings(errors: number, warnings: number): string {
  if (errors && warnings) return `${count(errors, 'error')} and ${count(warnings, 'warning')}`;
  return errors ? count(errors, 'error') : count(warnings, 'warning');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
