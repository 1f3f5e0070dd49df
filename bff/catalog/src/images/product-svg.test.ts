import { describe, expect, it } from 'vitest';
import { escapeXml, hashSlug, initialsOf, renderProductSvg, titleFromSlug } from './product-svg.js';

describe('product svg', () => {
  it('escapes markup', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('is deterministic per slug and differs between slugs', () => {
    expect(renderProductSvg('blue-mug')).toBe(renderProductSvg('blue-mug'));
    expect(renderProductSvg('blue-mug')).not.toBe(renderProductSvg('red-mug'));
    expect(hashSlug('blue-mug')).toBe(hashSlug('blue-mug'));
  });

  it('shows initials and the name, escaped', () => {
    const svg = renderProductSvg('x', 'Tom & <Jerry>');
    expect(svg).toContain('Tom &#38; &#60;Jerry&#62;');
    expect(svg).not.toContain('<Jerry>');
    expect(initialsOf('Blue ceramic mug')).toBe('BC');
    expect(titleFromSlug('blue-ceramic-mug')).toBe('Blue Ceramic Mug');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
