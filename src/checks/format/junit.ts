import type {Finding} from '../finding';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: one test case per checked file; errors fail it, warnings go to its output. */
export function formatJunit(findings: readonly Finding[], files: readonly string[]): string {
  const byFile = new Map<string, Finding[]>(files.map((f) => [f, []]));
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const failures = [...byFile.values()].filter((fs) => fs.some((f) => f.severity === 'error')).length;
  const cases = [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, fs]) => {
    const errors = fs.filter((f) => f.severity === 'error');
    const warnings = fs.filter((f) => f.severity === 'warn');
    const line = (f: Finding) => escape(`${f.file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`);
    const body = [
      errors.length ? `      <failure message="${escape(`${errors.length} error(s)`)}" type="${escape(errors[0]!.ruleId)}">${errors.map(line).join('\n')}</failure>` : '',
      warnings.length ? `      <system-out>${warnings.map((f) => `warning ${line(f)}`).join('\n')}</system-out>` : '',
    ].filter(Boolean);
    return body.length
      ? `    <testcase classname="ax-docs-check" name="${escape(file)}">\n${body.join('\n')}\n    </testcase>`
      : `    <testcase classname="ax-docs-check" name="${escape(file)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ax docs checks" tests="${byFile.size}" failures="${failures}">`,
    `  <testsuite name="ax docs checks" tests="${byFile.size}" failures="${failures}" errors="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
  ].join('\n');
}
