/**
 * The errors a user can cause and fix (a bad option, a missing file, an unreadable REPRODUCE.md): every entry point
 * shows their message in one line and exits 2, never a stack trace.
 */
export class ConfigurationError extends Error {}

/** A REPRODUCE.md that cannot be used: unreadable, nothing to check, or a named source that cannot be read. */
export class VerifyError extends Error {}
