import type { Plugin } from 'vite';
import { findGlobalSelectors, type GlobalSelectorHit } from './find-global-selectors.js';

// Plain CSS files, preprocessor files, and SFC style blocks (`App.vue?vue&type=style&…&lang.css`).
const CSS_REQUEST = /\.(css|less|sass|scss|styl|stylus|pcss|postcss|sss)(?:$|\?)|[?&]type=style(?:&|$)/;

function describe(id: string, hits: GlobalSelectorHit[]): string {
  const where = id.split('?')[0];
  const list = hits.map((h) => `  ${where}${h.line ? `:${h.line}` : ''}  ${h.selector}`).join('\n');
  return (
    `CSS selectors targeting :root or html leak out of the micro-app sandbox into the shell.\n` +
    `Declare variables on the app root element or body instead:\n${list}`
  );
}

/**
 * Vite plugin: fails the build (warns in dev) when any CSS rule, SFC styles included, targets
 * `:root` or `html`. Place it after the Vue plugin so it sees compiled style blocks.
 */
export function rejectGlobalSelectors(): Plugin {
  let isBuild = false;
  return {
    name: 'shop:reject-global-selectors',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transform(code, id) {
      if (!CSS_REQUEST.test(id) || id.includes('/node_modules/vite/')) return null;
      const hits = findGlobalSelectors(code, id);
      if (hits.length === 0) return null;
      const message = describe(id, hits);
      if (isBuild) this.error(message);
      else this.warn(message);
      return null;
    },
    // Safety net for CSS that reached the bundle without passing `transform` as CSS.
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const hits = findGlobalSelectors(String(asset.source), asset.fileName);
        if (hits.length > 0) this.error(describe(asset.fileName, hits));
      }
    },
  };
}
