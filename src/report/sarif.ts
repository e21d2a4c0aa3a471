import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { RULES } from '../rules/index.js';
import type { Report } from '../model/types.js';
import { VERSION } from '../version.js';
import { GITHUB_LIMITS } from '../format/limits.js';

const HELP_URI = 'https://github.com/mathrepro/mathrepro#what-is-an-error';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described with what to do about it, UTF-16 columns
 * with exclusive end columns (as the report's), and fingerprints that do not move when lines are added above a
 * finding. Code scanning rejects a run of more than 25,000 results, and a file over 10 MB gzipped: past either, the
 * rest are left out — errors first, then each file's first findings in turn, so that one flooded file never crowds
 * out the others — and a notification says how many.
 */
export function formatSarif(report: Report): string {
  let cap: number = GITHUB_LIMITS.sarifResults;
  for (;;) {
    const { text, kept } = sarifOf(report, cap);
    const size = kept > 0 ? gzipSync(text).length : 0;
    if (size <= SARIF_GZIPPED_BYTES || kept === 0) return text;
    // Over the upload limit: fewer results, in proportion (a margin for what does not compress alike).
    cap = Math.min(kept - 1, Math.floor((kept * SARIF_GZIPPED_BYTES * 0.9) / size));
  }
}

/** Code scanning's upload limit for one SARIF file, gzipped (less a margin for the upload's own wrapping). */
const SARIF_GZIPPED_BYTES = 9.5 * 1024 * 1024;

/**
 * Which findings fit `cap`: errors before warnings, and within each, every file's first findings before any file's
 * next ones (round robin over the files, in the report's order).
 */
function fairShare<T extends { file: string; severity: string }>(findings: readonly T[], cap: number): Set<T> {
  const kept = new Set<T>();
  for (const severity of ['error', 'warning']) {
    const byFile = new Map<string, T[]>();
    for (const finding of findings)
      if (finding.severity === severity) (byFile.get(finding.file) ?? byFile.set(finding.file, []).get(finding.file)!).push(finding);
    const queues = [...byFile.values()];
    for (let round = 0; kept.size < cap && queues.some((queue) => queue.length > round); round++) {
      for (const queue of queues) {
        if (kept.size >= cap) break;
        if (round < queue.length) kept.add(queue[round]!);
      }
    }
  }
  return kept;
}

function sarifOf(report: Report, cap: number): { text: string; kept: number } {
  const ruleIndex = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const fingerprints = report.diagnostics.map((d) => {
    const identity = [d.file, d.rule, d.source ?? '', d.message].join('\u0000');
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex');
  });
  const numbered = report.diagnostics.map((d, index) => ({ ...d, fingerprint: fingerprints[index]! }));
  // Over the limit, errors are kept first, each file's in turn; the results stay in the report's order.
  const kept = numbered.length > cap ? fairShare(numbered, cap) : new Set(numbered);
  const left = numbered.length - kept.size;
  const results = numbered
    .filter((d) => kept.has(d))
    .map((d) => ({
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      partialFingerprints: { 'mathrepro/v1': d.fingerprint },
    }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mathrepro',
            version: VERSION,
            informationUri: 'https://github.com/mathrepro/mathrepro',
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: `${rule.description} Fix: ${rule.fix}`, markdown: `**${rule.id}**: ${rule.reports}\n\n**Fix:** ${rule.fix}` },
              helpUri: HELP_URI,
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications:
              left > 0
                ? [
                    {
                      level: 'warning',
                      message: {
                        text: `${left} of ${numbered.length} findings left out: code scanning accepts at most ${GITHUB_LIMITS.sarifResults} results in a run and 10 MB gzipped (errors were kept first, then each file's first findings in turn). The JSON report has them all.`,
                      },
                    },
                  ]
                : [],
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return { text: `${JSON.stringify(sarif, null, 2)}\n`, kept: kept.size };
}

/**
 * A repository path as a relative URI: each segment percent-encoded, so that `#`, `?`, `%` and spaces in a file
 * name stay part of the path (`encodeURI` leaves `#` and `?`, and the alert then points at a file that does not
 * exist).
 */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
