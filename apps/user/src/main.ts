import '@shop/apps-platform/styles.css';
import './styles/user.css';
import { createApp } from 'vue';
import { defineSubApp } from '@shop/apps-platform';
import App from './App.vue';
import { createUserRouter } from './router';
import { standaloneSession } from './session/standalone-session';

defineSubApp({
  name: 'user',
  base: '/account',
  // The BFF sets and reads the refresh cookie on login, register and password changes.
  credentials: 'include',
  standaloneSession,
  create({ history, session }) {
    return { app: createApp(App), router: createUserRouter(history, session) };
  },
});
