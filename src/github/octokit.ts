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

/** GitHub's answer when the token may not do something: on a fork's pull request, always. */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 403 || status === 401;
}
