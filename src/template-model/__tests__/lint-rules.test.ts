import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {templateRegistry} from '../../../templates/registry';
import {lintTemplate} from '../lint-check';
import {lintRules, lintSource} from '../lint-rules';
import {readTemplateSources} from '../load';

const lint = (code: string, ruleId: string, entry = true) => lintSource('src/index.ts', code, [ruleId], {entry}).map((v) => `${v.line}:${v.column}`);
const plugin = (body: string) => `import {definePlugin} from '@ax/plugin-runtime';\nexport default definePlugin({name: 'p', activate(ctx) {\n${body}\n}});\n`;

const cases: [string, string, string][] = [
  ['ax/default-export', 'export const plugin = definePlugin({name: "p", activate() {}});', plugin('')],
  ['ax/no-console', plugin('console.log("hi");'), plugin('ctx.logger.info("hi");')],
  ['ax/constant-log-messages', plugin('ctx.logger.info(`user ${ctx.correlationId}`);'), plugin('ctx.logger.info("user", {id: 1});')],
  ['ax/http-timeout', plugin('void ctx.http.request("https://x.example");'), plugin('void ctx.http.request("https://x.example", {timeoutMs: 1000});')],
  ['ax/no-process-env', plugin('const url = process.env.URL;'), plugin('const url = ctx.settings.get("url");')],
  ['ax/keep-subscriptions', plugin('ctx.events.subscribe("member.joined", () => {});'), plugin('const s = ctx.events.subscribe("member.joined", () => {});')],
];

describe('the templates\' lint rules', () => {
  it.each(cases)('%s flags the bad module and passes the good one', (ruleId, bad, good) => {
    expect(lint(bad, ruleId)).not.toEqual([]);
    expect(lint(good, ruleId)).toEqual([]);
  });

  it('has a test above for every rule', () => {
    expect(cases.map(([id]) => id)).toEqual(lintRules.map((r) => r.id));
  });

  it('words a violation with the rule and what it expects', () => {
    expect(lintSource('src/index.ts', plugin('console.log("hi");'), ['ax/no-console'], {entry: true})).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "line": 3,
          "message": "Unexpected code that breaks ax/no-console (\`console.log\`), expected: No \`console\` calls: log with \`ctx.logger\`.",
          "ruleId": "ax/no-console",
        },
      ]
    `);
  });

  it('checks only the entry module for ax/default-export', () => {
    expect(lint('export const helper = 1;', 'ax/default-export', false)).toEqual([]);
  });
});

describe('each template', () => {
  const root = path.resolve('.');
  const sources = readTemplateSources(root, ['2.1', '2.2', '2.3'])!;

  it.each(templateRegistry.map((t) => t.archetype))('%s passes its own lint rules, and its ax-lint.json turns on exactly those', (archetype) => {
    const t = sources.templates.find((x) => x.entry.archetype === archetype)!;
    expect(lintTemplate(root, t)).toEqual([]);
    const config = JSON.parse(readFileSync(path.join(root, t.dir, 'ax-lint.json'), 'utf8')) as {rules: Record<string, string>};
    expect(Object.keys(config.rules)).toEqual(t.entry.lintRules);
  });
});
