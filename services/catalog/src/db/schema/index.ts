export { categories, type CategoryRow } from './categories.js';
export { products, type ProductRow } from './products.js';
export { stockReservations } from './stock-reservations.js';
