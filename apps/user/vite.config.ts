import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { subAppViteConfig } from '@shop/apps-platform/vite';

// Base stays `/` (micro-app completes `/assets/…` against the entry's origin); routes live under /account/.
export default defineConfig(subAppViteConfig({ name: 'user', port: 4201, bffUrl: 'http://localhost:4001/graphql', plugins: [vue()] }));
