import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {Highlight as PackageHighlight, Prism as packagePrism, themes} from 'prism-react-renderer';
import {afterAll, describe, expect, it} from 'vitest';
import {highlightOn, type PrismLike} from '../client/highlight';

/** The classic theme's code block markup, reduced to what Highlight decides: classes, styles, tokens. */
function render(Highlight: typeof PackageHighlight, code: string, language: string): string {
  return renderToStaticMarkup(
    <Highlight theme={themes.github} code={code} language={language}>
      {({className, style, tokens, getLineProps, getTokenProps}) => (
        <pre className={className} style={style}>
          {tokens.map((line, i) => (
            <span key={i} {...getLineProps({line})}>
              {line.map((token, j) => (
                <span key={j} {...getTokenProps({token})} />
              ))}
            </span>
          ))}
        </pre>
      )}
    </Highlight>
  );
}

// A Prism of prismjs's own files, as client/prism.ts builds it (the site adds bash, json, typescript and yaml).
const g = globalThis as unknown as {Prism?: unknown};
const before = g.Prism;
g.Prism = {manual: true, disableWorkerMessageHandler: true};
const lean = require('prismjs/components/prism-core') as PrismLike;
for (const lang of ['clike', 'javascript', 'bash', 'json', 'typescript', 'yaml']) require(`prismjs/components/prism-${lang}`);
afterAll(() => {
  g.Prism = before;
});

const samples = [
  ['ts', 'import {definePlugin} from "@ax/sdk";\n\nexport default definePlugin({\n  name: `x`, // a comment\n  run: async (ctx) => ctx.ok(42),\n});\n'],
  ['yaml', 'plugin:\n  name: demo\n  version: 2\n  tags: [a, "b"]\n'],
  ['json', '{"a": [1, true, null], "b": "c"}'],
  ['text', 'Plain words\n\n  indented, with an empty line above\n'],
  ['TS', 'const upper = 1;'],
] as const;

describe('the ported Highlight', () => {
  it('renders what the package renders, on the same Prism', () => {
    const ported = highlightOn(packagePrism as unknown as PrismLike) as unknown as typeof PackageHighlight;
    for (const [language, code] of samples) expect(render(ported, code, language)).toBe(render(PackageHighlight, code, language));
  });

  it('on the lean Prism, tokenizes the languages the site uses as the package Prism did', () => {
    const ported = highlightOn(lean) as unknown as typeof PackageHighlight;
    for (const [language, code] of samples) expect(render(ported, code, language)).toBe(render(PackageHighlight, code, language));
  });
});
