import { createHash } from 'node:crypto';
import { RULES } from '../rules.js';
import type { Report } from '../types.js';
import { VERSION } from '../version.js';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described, UTF-16 columns with exclusive end
 * columns (as the report's), and fingerprints that do not move when lines are added above a finding.
 */
export function formatSarif(report: Report): string {
  const ruleIndex = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const results = report.diagnostics.map((d) => {
    const identity = [d.file, d.rule, d.source ?? '', d.message].join('\u0000');
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      partialFingerprints: {
        'mathrepro/v1': createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex'),
      },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mathrepro',
            version: VERSION,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
