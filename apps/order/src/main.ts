import '@shop/apps-platform/styles.css';
import './styles/order.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { defineSubApp } from '@shop/apps-platform';
import App from './App.vue';
import { provideLive } from './live';
import { createOrderRouter } from './router';

defineSubApp({
  name: 'order',
  carts: true,
  base: '/',
  create({ history, config, session }) {
    const app = createApp(App);
    app.use(createPinia());
    provideLive(app, config.bffUrl, session);
    return { app, router: createOrderRouter(history) };
  },
});
