import {describe, expect, it} from 'vitest';
import {mainScripts, plainMarkdown} from '../lighthouse-sites';

describe('plainMarkdown', () => {
  it('drops component imports and component tags on their own line, and keeps the prose', () => {
    const source = [
      '---',
      'title: Start here',
      '---',
      '',
      "import ArchitectureMap from '@site/src/components/ArchitectureMap';",
      '',
      'Welcome to ax. Use <kbd>Ctrl</kbd> to search.',
      '',
      '<ArchitectureMap />',
      '  <Tabs.Item value="a" />',
      '',
      'The end.',
    ].join('\n');
    expect(plainMarkdown(source)).toMatchInlineSnapshot(`
      "---
      title: Start here
      ---


      Welcome to ax. Use <kbd>Ctrl</kbd> to search.


      The end."
    `);
  });
});

describe('mainScripts', () => {
  it.each([
    {html: '<script src=/assets/js/runtime~main.3da58529.js defer></script><script src=/assets/js/main.439ba4dc.js defer></script>', expected: ['/assets/js/runtime~main.3da58529.js', '/assets/js/main.439ba4dc.js']},
    {html: '<script src="/assets/js/main.439ba4dc.js" defer></script><script src="/assets/js/17896441.0a1b2c3d.js"></script>', expected: ['/assets/js/main.439ba4dc.js']},
    {html: '<link rel=preload href=/assets/js/main.439ba4dc.js>', expected: []},
  ])('finds the main and runtime chunks in $html', ({html, expected}) => {
    expect(mainScripts(html)).toEqual(expected);
  });
});
