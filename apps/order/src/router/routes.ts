import type { RouteRecordRaw } from 'vue-router';
import CartPage from '../pages/CartPage.vue';
import CheckoutPage from '../pages/CheckoutPage.vue';
import NotFoundPage from '../pages/NotFoundPage.vue';
import OrderPage from '../pages/OrderPage.vue';
import OrdersPage from '../pages/OrdersPage.vue';

// The shell mounts this app for /cart, /checkout and /orders/** (baseroute `/`). Pages are
// imported eagerly, like the catalog's: lazy chunks cost extra module loads in the sandbox.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/cart' },
  { path: '/cart', name: 'order-cart', component: CartPage },
  { path: '/checkout', name: 'order-checkout', component: CheckoutPage },
  { path: '/orders', name: 'order-list', component: OrdersPage },
  { path: '/orders/:id', name: 'order-detail', component: OrderPage },
  { path: '/:pathMatch(.*)*', name: 'order-not-found', component: NotFoundPage },
];
