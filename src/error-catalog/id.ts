/**
 * The error ID pattern, written once. An ID is `AX` and four digits; the first two digits name
 * the area, so an ID tells a reader where to look before they open the page. Plain data and
 * string functions only: the browser bundle imports this for the "jump to an error" box.
 */

/** Canonical ID format. */
export const ERROR_ID_PATTERN = /^AX\d{4}$/;
/** Alias format: older symbolic codes (v1 CLI, runtime, marketplace API), URL-safe. */
export const ALIAS_PATTERN = /^[A-Z][A-Z0-9_-]{2,47}$/;

/** Normalises what a reader typed (`ax1042`, ` Ax-1042 `, `ax 1042`) into a canonical ID, or undefined. */
export function normaliseErrorId(input: string): string | undefined {
  const id = input.trim().toUpperCase().replace(/^AX[- ]/, 'AX');
  return ERROR_ID_PATTERN.test(id) ? id : undefined;
}
