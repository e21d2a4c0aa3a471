import { loadConfig } from '../config/load.js';
import { expectationBadges, mathBadge, reproducedBadge, type Badge } from '../report/badges.js';
import { VerifyError } from '../model/errors.js';
import { runCheck } from './check.js';
import { reproduceDocument, verifyRepository } from './verify.js';

export interface BadgeRequest {
  root: string;
  paths: readonly string[];
  configPath?: string;
  /** REPRODUCE.md to verify for the `reproduced` badge; by default as `mathrepro verify` finds it, if it exists. */
  reproduceFile?: string;
  /** One badge per expectation as well. */
  perExpectation: boolean;
}

/** The badges of a work tree: `math`, and `reproduced` (with one per expectation when asked) if there is a REPRODUCE.md. */
export function badgesFor(request: BadgeRequest): Badge[] {
  const config = loadConfig(request.root, request.configPath);
  const { report } = runCheck({ root: request.root, paths: request.paths, config });
  const badges = [mathBadge(report)];
  const file = reproduceDocument(request.root, config, request.reproduceFile);
  if (!file) return badges;
  try {
    const verification = verifyRepository({ root: request.root, file, config });
    badges.push(reproducedBadge(verification));
    if (request.perExpectation) badges.push(...expectationBadges(verification));
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    badges.push({ name: 'reproduced', label: 'reproduced', message: 'error', color: 'red' });
  }
  return badges;
}
