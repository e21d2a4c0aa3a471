import { createHash } from 'node:crypto';
import { RULES } from '../model/rules.js';
import type { Report } from '../model/types.js';
import { VERSION } from '../version.js';
import { GITHUB_LIMITS, mostImportantFirst } from '../format/limits.js';

const HELP_URI = 'https://github.com/mathrepro/mathrepro#what-is-an-error';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described with what to do about it, UTF-16 columns
 * with exclusive end columns (as the report's), and fingerprints that do not move when lines are added above a
 * finding. Code scanning rejects a run of more than 25,000 results: the rest are left out, errors kept first, and
 * a notification says how many.
 */
export function formatSarif(report: Report): string {
  const ruleIndex = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const fingerprints = report.diagnostics.map((d) => {
    const identity = [d.file, d.rule, d.source ?? '', d.message].join('\u0000');
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex');
  });
  const numbered = report.diagnostics.map((d, index) => ({ ...d, fingerprint: fingerprints[index]! }));
  // Over the limit, errors are kept first; the results stay in the report's order.
  const kept = new Set(mostImportantFirst(numbered).slice(0, GITHUB_LIMITS.sarifResults));
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
                        text: `${left} of ${numbered.length} findings left out: code scanning accepts at most ${GITHUB_LIMITS.sarifResults} results in a run (errors were kept first). The JSON report has them all.`,
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
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * A repository path as a relative URI: each segment percent-encoded, so that `#`, `?`, `%` and spaces in a file
 * name stay part of the path (`encodeURI` leaves `#` and `?`, and the alert then points at a file that does not
 * exist).
 */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
