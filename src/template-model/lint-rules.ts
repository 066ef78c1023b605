import ts from 'typescript';

/**
 * The opinionated lint rules a template ships: what each enforces and why, as the template
 * pages render them, with the check that proves the template's own source passes it. The
 * checks read a module's syntax tree only, so they run without a compiler program.
 */

/** A lint rule's violation in one source file. */
export interface LintViolation {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

export interface LintRule {
  id: string;
  /** What the rule enforces, one sentence. */
  what: string;
  /** Why the template holds its plugins to it. */
  why: string;
  /** Only the entry module (the manifest's `entry`) is checked, not every module. */
  entryOnly?: boolean;
  check(sf: ts.SourceFile): ts.Node[];
}

/** `a.b.c` for a property access chain, or the identifier; '' for anything else. */
function dotted(node: ts.Node): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const left = dotted(node.expression);
    return left && `${left}.${node.name.text}`;
  }
  return '';
}

/** Every node of the file for which `match` is true. */
function nodesWhere(sf: ts.SourceFile, match: (node: ts.Node) => boolean): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (match(node)) out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Calls whose callee ends in `.name`, for example every `….request(…)`. */
const callsOf = (sf: ts.SourceFile, name: string) =>
  nodesWhere(sf, (n) => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === name) as ts.CallExpression[];

const lintRuleList = [
  {
    id: 'ax/default-export',
    what: 'The entry module has one default export, made with `definePlugin({…})`.',
    why: 'The runtime loads a v2 plugin from its entry module\'s default export; without one the plugin installs and then fails to load.',
    entryOnly: true,
    check: (sf) => {
      const exports = sf.statements.filter(ts.isExportAssignment);
      const made = exports.some((e) => ts.isCallExpression(e.expression) && dotted(e.expression.expression) === 'definePlugin');
      return exports.length === 1 && made ? [] : [exports[0] ?? sf.statements[0] ?? sf];
    },
  },
  {
    id: 'ax/no-console',
    what: 'No `console` calls: log with `ctx.logger`.',
    why: 'Console output bypasses the runtime\'s structured log, so the line loses the plugin name and the correlation ID that tie it to a request.',
    check: (sf) => nodesWhere(sf, (n) => ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'console'),
  },
  {
    id: 'ax/constant-log-messages',
    what: 'Log messages are constant strings; values go in the fields argument.',
    why: 'Constant messages group in log search and alerts, and values kept in fields can be redacted by the runtime; interpolated ones can do neither.',
    check: (sf) =>
      ['info', 'warn', 'error']
        .flatMap((level) => callsOf(sf, level))
        .filter((call) => /(^|\.)logger$/.test(dotted((call.expression as ts.PropertyAccessExpression).expression)))
        .map((call) => call.arguments[0])
        .filter((arg): arg is ts.Expression => !!arg && !ts.isStringLiteral(arg) && !ts.isNoSubstitutionTemplateLiteral(arg)),
  },
  {
    id: 'ax/http-timeout',
    what: 'Every `ctx.http.request` call sets `timeoutMs`.',
    why: 'An upstream that hangs holds the handler for the 10-second default; a stated timeout keeps each call\'s latency budget deliberate and reviewed.',
    check: (sf) =>
      callsOf(sf, 'request')
        .filter((call) => /(^|\.)http$/.test(dotted((call.expression as ts.PropertyAccessExpression).expression)))
        .filter((call) => {
          const init = call.arguments[1];
          return !(init && ts.isObjectLiteralExpression(init) && init.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'timeoutMs'));
        }),
  },
  {
    id: 'ax/no-process-env',
    what: 'No `process.env`: configuration comes from `ctx.settings`.',
    why: 'The runtime\'s sandbox passes no environment to plugins, while settings are validated against the manifest and editable per workspace.',
    check: (sf) => nodesWhere(sf, (n) => ts.isPropertyAccessExpression(n) && dotted(n) === 'process.env'),
  },
  {
    id: 'ax/keep-subscriptions',
    what: 'The subscription `ctx.events.subscribe` returns is kept, never discarded.',
    why: 'A kept subscription can be released in `deactivate`; a discarded one keeps its handler running until the runtime unloads the plugin.',
    check: (sf) => callsOf(sf, 'subscribe').filter((call) => ts.isExpressionStatement(call.parent)),
  },
] as const satisfies readonly LintRule[];

/** Ids of every lint rule a template may ship. */
export type LintRuleId = (typeof lintRuleList)[number]['id'];
export const lintRuleIds = lintRuleList.map((r) => r.id) as [LintRuleId, ...LintRuleId[]];
export const lintRules: readonly LintRule[] = lintRuleList;

/** The rule with this id. */
export function lintRule(id: string): LintRule | undefined {
  return lintRules.find((r) => r.id === id);
}

/** Violations of the given rules in one TypeScript module, in source order. */
export function lintSource(file: string, text: string, ruleIds: readonly string[], options: {entry: boolean}): (LintViolation & {ruleId: string})[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  return ruleIds
    .map((id) => lintRule(id))
    .filter((rule): rule is LintRule => !!rule && (options.entry || !rule.entryOnly))
    .flatMap((rule) =>
      rule.check(sf).map((node) => {
        const at = sf.getLineAndCharacterOfPosition(node === sf ? 0 : node.getStart(sf));
        return {ruleId: rule.id, line: at.line + 1, column: at.character + 1, message: `Unexpected code that breaks ${rule.id} (${node === sf ? 'empty module' : `\`${node.getText(sf).split('\n')[0]!.slice(0, 60)}\``}), expected: ${rule.what}`};
      }),
    )
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
