// Renders the badge SVGs `mathrepro badge` writes, in every state, in headless Chromium and takes a screenshot
// for the README:  node scripts/screenshot-badges.mjs [--chromium /usr/bin/chromium] [--out docs/badges.png]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeBadge } from 'badge-maker';
import { screenshotHtml } from './chromium.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { chromium: { type: 'string', default: '/usr/bin/chromium' }, out: { type: 'string', default: 'docs/badges.png' } } });

// The same states the tests cover (src/report/badges.ts decides them; here they are only drawn).
const rows = [
  [
    { label: 'math', message: '412 formulas ok', color: 'brightgreen' },
    { label: 'math', message: '412 formulas, 2 warnings', color: 'yellow' },
    { label: 'math', message: '3 errors', color: 'red' },
  ],
  [
    { label: 'reproduced', message: '4/4', color: 'brightgreen' },
    { label: 'reproduced', message: '3/4', color: 'orange' },
    { label: 'reproduced', message: '0/2', color: 'red' },
  ],
  [
    { label: 'test_loss < 0.02 ± 0.003', message: '0.018 ✓', color: 'brightgreen' },
    { label: 'accuracy >= 0.95', message: '0.91 ✗', color: 'red' },
    { label: 'f1 > 0.5', message: 'missing ?', color: 'lightgrey' },
  ],
];
const html = `<!doctype html><meta charset="utf-8"><body style="margin:0;padding:12px;background:#fff">${rows
  // As images, the way a README shows them (inline SVGs would share their element ids).
  .map(
    (row) =>
      `<div style="display:flex;gap:10px;margin:6px 0">${row.map((b) => `<img src="data:image/svg+xml;base64,${Buffer.from(makeBadge(b)).toString('base64')}">`).join('')}</div>`,
  )
  .join('')}</body>`;
const file = join(mkdtempSync(join(tmpdir(), 'mathrepro-badges-')), 'badges.html');
writeFileSync(file, html);
await screenshotHtml({
  executablePath: values.chromium,
  htmlFile: file,
  out: resolve(repo, values.out),
  viewport: { width: 560, height: 110 },
  deviceScaleFactor: 2,
});
console.log(`wrote ${values.out}`);
