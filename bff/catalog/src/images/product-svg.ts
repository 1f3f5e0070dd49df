/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** FNV-1a 32-bit: a stable hash so the same slug always gets the same colours. */
export function hashSlug(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Up to two initials from the words of a name (or slug). */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** Readable title from a slug: "blue-mug" → "Blue Mug". */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Renders the product placeholder image: a gradient in a hue derived from the slug, a soft
 * shape, the initials and the name. Deterministic, offline, every text escaped.
 */
export function renderProductSvg(slug: string, name = titleFromSlug(slug)): string {
  const hash = hashSlug(slug);
  const hue = hash % 360;
  const hue2 = (hue + 40) % 360;
  const cx = 120 + (hash % 160);
  const cy = 90 + ((hash >>> 8) % 120);
  const label = name.length > 32 ? `${name.slice(0, 31)}…` : name;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300" role="img"',
    ` aria-label="${escapeXml(name)}">`,
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="hsl(${hue} 70% 62%)"/>`,
    `<stop offset="1" stop-color="hsl(${hue2} 65% 42%)"/>`,
    '</linearGradient></defs>',
    '<rect width="400" height="300" fill="url(#g)"/>',
    `<circle cx="${cx}" cy="${cy}" r="${70 + (hash % 40)}" fill="#fff" fill-opacity="0.12"/>`,
    '<text x="200" y="160" text-anchor="middle" font-family="system-ui, sans-serif" font-size="88"',
    ` font-weight="700" fill="#fff" fill-opacity="0.92">${escapeXml(initialsOf(name))}</text>`,
    '<text x="200" y="250" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22"',
    ` fill="#fff">${escapeXml(label)}</text>`,
    '</svg>',
  ].join('');
}
