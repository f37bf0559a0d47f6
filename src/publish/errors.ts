/** Turns GitHub API errors into sentences a workflow author can act on. */

export type Permission = "checks: write" | "pull-requests: write" | "pull-requests: read";

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

export function errorStatus(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && typeof (e as ErrorLike).status === "number"
    ? (e as ErrorLike).status
    : undefined;
}

/** GitHub's answer when the token lacks a permission (or is a fork PR's read-only token). */
export function isIntegrationForbidden(e: unknown): boolean {
  if (errorStatus(e) !== 403) return false;
  const data = (e as ErrorLike).response?.data;
  const message =
    typeof data === "object" && data !== null ? String((data as { message?: unknown }).message ?? "") : "";
  return /resource not accessible by integration/i.test(`${message} ${(e as ErrorLike).message ?? ""}`);
}

/** One line for an unexpected API error (status and GitHub's message, never headers or tokens). */
export function describeApiError(what: string, e: unknown): string {
  const status = errorStatus(e);
  const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return `Could not ${what}${status ? ` (HTTP ${status})` : ""}: ${msg}`;
}
