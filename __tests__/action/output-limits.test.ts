import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub } from '../helpers/fake-github.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/**
 * A push whose files hold 600 findings with long messages (unknown commands 3,000 letters long): the job summary
 * would be 3 MB and the check run 12 requests. Each channel stays within what GitHub takes and counts the rest.
 */
describe('the action on a repository with very many findings', () => {
  it('keeps the job summary under 1 MiB, annotates 500 in the check run and counts the rest', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-many-'));
    const unknown = (k: number) => `$\\${'x'.repeat(3000)}${String.fromCharCode(97 + (k % 26))}$`;
    writeFileSync(join(workspace, 'long.md'), Array.from({ length: 590 }, (_, k) => `${unknown(k)}\n`).join('\n'));
    writeFileSync(join(workspace, 'broken.md'), Array.from({ length: 10 }, () => '$\\frac{1}{2$\n').join('\n'));
    server = await new FakeGitHub((request) => {
      if (request.path === '/repos/octo/notes/check-runs') return { status: 201, body: { id: 1, html_url: 'u' } };
      if (request.path === '/repos/octo/notes/check-runs/1') return { status: 200, body: { id: 1, html_url: 'u' } };
      if (request.path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: {} };
      return undefined;
    }).start();
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/notes', GITHUB_API_URL: server.url, GITHUB_SHA: 'a'.repeat(40) };
    const run = await runAction(workspace, { 'github-token': 'ghs_write', 'fail-on': 'never' }, env);

    expect(run.stderr).toBe('');
    expect(run.outputs.errors).toBe('600');
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toMatch(/…and \d+ more findings; the JSON report has them all\./);
    // Errors come first: the ten short ones are in the table.
    expect(run.summary.match(/broken\\\.md/g)?.length).toBe(10);

    const checkRequests = server.requests.filter((r) => r.path.startsWith('/repos/octo/notes/check-runs'));
    const annotations = checkRequests.flatMap((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations);
    expect(checkRequests).toHaveLength(10);
    expect(annotations).toHaveLength(500);
    const summary = (checkRequests[0]!.body as { output: { summary: string } }).output.summary;
    expect(summary).toContain('100 more findings are not annotated here');
    expect(summary.length).toBeLessThanOrEqual(65_535);
  }, 60_000);
});
