import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (request: RecordedRequest) => { status: number; body?: unknown; raw?: Uint8Array; headers?: Record<string, string> } | undefined;

/** A local HTTP server that plays the parts of GitHub's REST API a test needs, and records every request. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  url = '';

  constructor(public handle: Handler) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let received = '';
    for await (const chunk of req) received += chunk;
    const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', body: received ? (JSON.parse(received) as unknown) : undefined };
    this.requests.push(request);
    const reply = this.handle(request) ?? { status: 404, body: { message: 'Not Found' } };
    if (reply.raw) {
      res.writeHead(reply.status, { 'content-type': 'application/zip', ...reply.headers });
      res.end(Buffer.from(reply.raw));
      return;
    }
    const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(text);
  }
}

export interface PostedComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/**
 * Pull request 7 of octo/notes as far as publishing goes: its comments (a comment posted lands in `comments`, written
 * by the bot) and check runs. Undefined for any other request, which the test's own handler answers.
 */
export function publishing(request: RecordedRequest, comments: PostedComment[]): ReturnType<Handler> {
  if (request.path.startsWith('/repos/octo/notes/issues/7/comments') && request.method === 'GET') return { status: 200, body: comments };
  if (request.path === '/repos/octo/notes/issues/7/comments' && request.method === 'POST') {
    const comment = {
      id: 1,
      body: (request.body as { body: string }).body,
      user: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/octo/notes/pull/7#c1',
    };
    comments.push(comment);
    return { status: 201, body: comment };
  }
  if (request.path === '/repos/octo/notes/check-runs') return { status: 201, body: { id: 3, html_url: 'u' } };
  return undefined;
}
