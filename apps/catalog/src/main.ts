import '@shop/apps-platform/styles.css';
import './styles/catalog.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { defineSubApp } from '@shop/apps-platform';
import App from './App.vue';
import { createCatalogRouter } from './router';

defineSubApp({
  name: 'catalog',
  carts: true,
  base: '/catalog',
  create({ history }) {
    const app = createApp(App);
    // Per mount: the catalog keeps nothing worth carrying across visits.
    app.use(createPinia());
    return { app, router: createCatalogRouter(history) };
  },
});
