import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** A logger the action (core) and tests can both provide. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

const MathreproOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof MathreproOctokit>;

/**
 * One Octokit for every call: paginate, retry 5xx with backoff, and wait out rate limits as GitHub documents
 * (retry-after for secondary limits, the reset time for primary ones). Other 4xx are never retried.
 */
export function createOctokit(options: { token: string; baseUrl?: string; log: Logger; retryBaseMs?: number }): GitHubClient {
  return new MathreproOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: 'mathrepro',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.log.warning(m), error: () => {} },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.log.warning(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.log.warning(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return retryCount < 2;
      },
    },
  });
}

/** The HTTP status of an Octokit error, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export type ApiFailure = 'unauthorized' | 'forbidden' | 'rate-limited' | 'not-found' | 'other';

/**
 * Why a GitHub call failed, told apart as GitHub documents it: 401 a token that is invalid or expired, 429 or a
 * 403 that says so (`x-ratelimit-remaining: 0`, "rate limit" in the message) a rate limit, another 403 a token that
 * may not do this (read-only on a fork's pull request, or a permission the workflow does not grant), 404.
 */
export function apiFailure(error: unknown): { kind: ApiFailure; reason: string } {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const headers = ((error as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ?? {}) as Record<
    string,
    string | undefined
  >;
  if (status === 401) return { kind: 'unauthorized', reason: 'the token is invalid or expired (HTTP 401)' };
  if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message)))) {
    return { kind: 'rate-limited', reason: `GitHub's rate limit was reached (HTTP ${status}); a later run will get through` };
  }
  if (status === 403)
    return {
      kind: 'forbidden',
      reason: 'the token may not do this (HTTP 403: a read-only token, as on a pull request from a fork, or a permission the workflow does not grant)',
    };
  if (status === 404) return { kind: 'not-found', reason: 'GitHub answered not found (HTTP 404: the resource does not exist, or the token cannot see it)' };
  return { kind: 'other', reason: status ? `HTTP ${status}: ${message}` : message };
}

/** GitHub's answer when the token may not do something: on a fork's pull request, always. */
export function isPermissionError(error: unknown): boolean {
  return apiFailure(error).kind === 'forbidden';
}
