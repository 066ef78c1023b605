import type {PrismTheme} from 'prism-react-renderer';

/**
 * Code colours taken from GitHub's Primer palettes, which hold 4.5:1 contrast against their
 * backgrounds; the stock Prism themes fall below WCAG AA for several token types.
 */
function theme(plain: {color: string; backgroundColor: string}, c: Record<string, string>): PrismTheme {
  return {
    plain,
    styles: [
      {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: c.comment!, fontStyle: 'italic'}},
      {types: ['keyword', 'selector', 'important', 'atrule'], style: {color: c.keyword!}},
      {types: ['string', 'char', 'attr-value', 'regex', 'url'], style: {color: c.string!}},
      {types: ['function', 'class-name'], style: {color: c.function!}},
      {types: ['number', 'boolean', 'constant', 'symbol'], style: {color: c.number!}},
      {types: ['tag', 'builtin', 'inserted'], style: {color: c.tag!}},
      {types: ['variable', 'parameter', 'property', 'attr-name', 'deleted'], style: {color: c.variable!}},
      {types: ['operator', 'punctuation', 'entity'], style: {color: plain.color}},
    ],
  };
}

export const accessibleLight = theme(
  {color: '#1f2328', backgroundColor: '#f6f8fa'},
  {comment: '#57606a', keyword: '#cf222e', string: '#0a3069', function: '#6639ba', number: '#0550ae', tag: '#116329', variable: '#953800'},
);

export const accessibleDark = theme(
  {color: '#e6edf3', backgroundColor: '#161b22'},
  {comment: '#8b949e', keyword: '#ff7b72', string: '#a5d6ff', function: '#d2a8ff', number: '#79c0ff', tag: '#7ee787', variable: '#ffa657'},
);
