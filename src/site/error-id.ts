/** Error ids look like AX1042: two letters and four digits. Any case, a dash or a space is accepted. */
const ERROR_ID = /^\s*ax[- ]?(\d{4})\s*$/i;

/** Normalises what a reader typed into a canonical error id, or undefined. */
export function normaliseErrorId(input: string): string | undefined {
  const m = ERROR_ID.exec(input);
  return m ? `AX${m[1]}` : undefined;
}
