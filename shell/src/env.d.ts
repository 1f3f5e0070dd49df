/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Set on routes generated for a sub-app (see router/build-routes.ts). */
    appName?: string;
  }
}

export {};
