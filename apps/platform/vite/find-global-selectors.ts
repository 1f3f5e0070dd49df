import postcss from 'postcss';

/** A rule whose selector reaches outside the micro-app's scoped CSS. */
export interface GlobalSelectorHit {
  selector: string;
  line?: number;
  column?: number;
}

// `html` as a type selector: at the start, or after a combinator, comma or `(` (e.g. `:is(html)`).
const HTML_TYPE = /(^|[\s>+~,(])html(?![\w-])/i;
const ROOT_PSEUDO = /:root(?![\w-])/i;
// Attribute values and strings may mention `html`/`:root` harmlessly: `[data-x="html"]`.
const NEUTRAL = /\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\//g;

/** True when a selector list targets `:root` or `html` (those leak out of micro-app scoping). */
export function isGlobalSelector(selector: string): boolean {
  const stripped = selector.replace(NEUTRAL, '');
  return HTML_TYPE.test(stripped) || ROOT_PSEUDO.test(stripped);
}

/**
 * Every rule in `css` whose selector targets `:root` or `html`, including nested in at-rules.
 * Unparsable input yields no hits: Vite reports syntax errors itself.
 */
export function findGlobalSelectors(css: string, from?: string): GlobalSelectorHit[] {
  let root: postcss.Root;
  try {
    root = postcss.parse(css, { from });
  } catch {
    return [];
  }
  const hits: GlobalSelectorHit[] = [];
  root.walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) are rules too, but never selectors of elements.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    if (isGlobalSelector(rule.selector)) {
      hits.push({ selector: rule.selector, line: rule.source?.start?.line, column: rule.source?.start?.column });
    }
  });
  return hits;
}
