import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { subAppViteConfig } from '@shop/apps-platform/vite';

// Base stays `/`: inside the shell, micro-app (iframe mode) completes `/assets/…` against this
// app's entry origin, and standalone the app serves its routes under /catalog/.
export default defineConfig(
  subAppViteConfig({ name: 'catalog', port: 4202, bffUrl: 'http://localhost:4002/graphql', plugins: [vue()] }),
);
