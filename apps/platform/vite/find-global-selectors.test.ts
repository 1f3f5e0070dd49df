import { describe, expect, it } from 'vitest';
import { findGlobalSelectors, isGlobalSelector } from './find-global-selectors.js';

describe('isGlobalSelector', () => {
  it.each([':root', 'html', 'html body', ':root .x', 'HTML', 'html > body .a', '.a, html', ':is(html) .x', ':root[data-v-12ab]', 'html[data-theme]'])(
    'catches %s',
    (selector) => expect(isGlobalSelector(selector)).toBe(true),
  );

  it.each(['.html-view', '[data-root]', '.root', 'body', '#html', '.x html-editor', '[data-x="html"]', 'a[href$=".html"]', ':root-like', 'div.html'])(
    'ignores %s',
    (selector) => expect(isGlobalSelector(selector)).toBe(false),
  );
});

describe('findGlobalSelectors', () => {
  it('reports each offending rule with its line, including inside at-rules', () => {
    const css = ['.ok { color: red }', ':root { --c: 1 }', '@media (min-width: 1px) {', '  html body { margin: 0 }', '}'].join('\n');
    expect(findGlobalSelectors(css)).toEqual([
      { selector: ':root', line: 2, column: 1 },
      { selector: 'html body', line: 4, column: 3 },
    ]);
  });

  it('ignores comments, keyframes and harmless selectors', () => {
    const css = '/* :root { --x: 1 } html {} */ .html-view{} [data-root]{} @keyframes spin { from {} to {} }';
    expect(findGlobalSelectors(css)).toEqual([]);
  });

  it('returns nothing for unparsable input rather than throwing', () => {
    expect(findGlobalSelectors('.a { color: red')).toEqual([]);
  });
});
