import {createElement, useCallback, useMemo, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import type {PrismTheme, Token, TokenInputProps, TokenOutputProps, LineInputProps, LineOutputProps, RenderProps} from 'prism-react-renderer';

/**
 * prism-react-renderer's `<Highlight>` and its helpers (MIT, FormidableLabs), ported so that
 * they run on any Prism instance: the package bundles its own Prism with twenty languages whose
 * definitions cost a throttled phone a quarter of a second to run, and this site needs five
 * (./prism.ts). Same props, same tokens, same class names and styles as the package's 2.4.
 */

/** The part of a Prism instance that highlighting uses. */
export interface PrismLike {
  languages: Record<string, unknown>;
  tokenize(code: string, grammar: never): (string | {type: string; alias?: string | string[]; content: unknown})[];
  hooks: {run(name: string, env: object): void};
}

type ThemeDict = Record<string, CSSProperties> & {root: CSSProperties; plain: CSSProperties};

const newline = /\r\n|\r|\n/;

function normalizeEmptyLines(line: Token[]): void {
  if (line.length === 0) line.push({types: ['plain'], content: '\n', empty: true});
  else if (line.length === 1 && line[0]!.content === '') {
    line[0]!.content = '\n';
    line[0]!.empty = true;
  }
}

const appendTypes = (types: string[], add: string | string[]) => (types.length > 0 && types[types.length - 1] === add ? types : types.concat(add));

/** Prism's nested tokens as lines of flat tokens, each with the types of its ancestors. */
export function normalizeTokens(tokens: ReturnType<PrismLike['tokenize']>): Token[][] {
  const typeStack: string[][] = [[]];
  const tokenStack: unknown[][] = [tokens];
  const indexStack = [0];
  const sizeStack = [tokens.length];
  let depth = 0;
  let line: Token[] = [];
  const lines = [line];
  while (depth > -1) {
    let i: number;
    while ((i = indexStack[depth]!++) < sizeStack[depth]!) {
      let types = typeStack[depth]!;
      const token = tokenStack[depth]![i] as string | {type: string; alias?: string | string[]; content: unknown};
      let content: unknown;
      if (typeof token === 'string') {
        types = depth > 0 ? types : ['plain'];
        content = token;
      } else {
        types = appendTypes(types, token.type);
        if (token.alias) types = appendTypes(types, token.alias);
        content = token.content;
      }
      if (typeof content !== 'string') {
        depth++;
        typeStack.push(types);
        tokenStack.push(content as unknown[]);
        indexStack.push(0);
        sizeStack.push((content as unknown[]).length);
        continue;
      }
      const parts = content.split(newline);
      line.push({types, content: parts[0]!});
      for (let p = 1; p < parts.length; p++) {
        normalizeEmptyLines(line);
        lines.push((line = []));
        line.push({types, content: parts[p]!});
      }
    }
    depth--;
    typeStack.pop();
    tokenStack.pop();
    indexStack.pop();
    sizeStack.pop();
  }
  normalizeEmptyLines(line);
  return lines;
}

function themeToDict(theme: PrismTheme, language: string): ThemeDict {
  const dict = theme.styles.reduce<Record<string, CSSProperties>>((acc, {languages, style, types}) => {
    if (languages && !languages.includes(language)) return acc;
    for (const type of types) acc[type] = {...acc[type], ...style};
    return acc;
  }, {}) as ThemeDict;
  dict.root = theme.plain;
  dict.plain = {...theme.plain, backgroundColor: undefined};
  return dict;
}

function useGetLineProps(dict: ThemeDict) {
  return useCallback(
    ({className, style, line: _line, ...rest}: LineInputProps): LineOutputProps => {
      const output: LineOutputProps = {...rest, className: clsx('token-line', className)};
      output.style = dict.plain;
      if (typeof style === 'object') output.style = {...output.style, ...style};
      return output;
    },
    [dict],
  );
}

function useGetTokenProps(dict: ThemeDict) {
  const styleFor = useCallback(
    ({types, empty}: Token): CSSProperties | undefined => {
      if (types.length === 1 && types[0] === 'plain') return empty != null ? {display: 'inline-block'} : undefined;
      if (types.length === 1 && empty != null) return dict[types[0]!];
      return Object.assign(empty != null ? {display: 'inline-block'} : {}, ...types.map((type) => dict[type]));
    },
    [dict],
  );
  return useCallback(
    ({token, className, style, ...rest}: TokenInputProps): TokenOutputProps => {
      const output: TokenOutputProps = {...rest, className: clsx('token', ...token.types, className), children: token.content, style: styleFor(token)};
      if (style != null) output.style = {...output.style, ...style};
      return output;
    },
    [styleFor],
  );
}

/** Tokenizes `code` once per code, grammar and language, running Prism's tokenize hooks as the package does. */
export function useTokenize({prism, code, grammar, language}: {prism: PrismLike; code: string; grammar: unknown; language: string}): Token[][] {
  return useMemo(() => {
    if (grammar == null) return normalizeTokens([code]);
    const env = {code, grammar, language, tokens: [] as ReturnType<PrismLike['tokenize']>};
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar as never);
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);
}

export interface HighlightProps {
  prism: PrismLike;
  theme: PrismTheme;
  language: string;
  code: string;
  children: (props: RenderProps) => ReactNode;
}

function HighlightInner({children, language: languageProp, code, theme, prism}: HighlightProps): ReactNode {
  const language = languageProp.toLowerCase();
  const dict = themeToDict(theme, language);
  const getLineProps = useGetLineProps(dict);
  const getTokenProps = useGetTokenProps(dict);
  const grammar = prism.languages[language];
  const tokens = useTokenize({prism, language, code, grammar});
  return children({tokens, className: `prism-code language-${language}`, style: dict.root, getLineProps, getTokenProps});
}

/** `<Highlight>` on the given Prism; the package's version also defaulted the theme, which the classic theme always passes. */
export function highlightOn(prism: PrismLike | (() => PrismLike)) {
  return function Highlight(props: Omit<HighlightProps, 'prism'> & {prism?: PrismLike}): ReactNode {
    return createElement(HighlightInner, {...props, prism: props.prism ?? (typeof prism === 'function' ? prism() : prism)});
  };
}
