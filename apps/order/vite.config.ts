import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { subAppViteConfig } from '@shop/apps-platform/vite';

// Base stays `/`: inside the shell, micro-app (iframe mode) completes `/assets/…` against this
// app's entry origin. Its routes sit at the root (/cart, /checkout, /orders), standalone too.
export default defineConfig(
  subAppViteConfig({ name: 'order', port: 4203, bffUrl: 'http://localhost:4003/graphql', plugins: [vue()] }),
);
