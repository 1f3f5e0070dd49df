import { shallowRef } from 'vue';
import { useRouter } from 'vue-router';
import { GraphQLRequestError, useCartBridge, useGraphQLClient } from '@shop/apps-platform';
import { CartDocument, PlaceOrderDocument, type CartViewFragment } from '../gen/graphql';
import { cartSignature, checkoutKey, endAttemptIfEmpty, finishCheckout } from './checkout-key';
import { checkForm, formFieldOf, type CheckoutForm, type FormErrors } from './checkout-form';

/** What went wrong with the last attempt, as the page shows it. */
export interface CheckoutProblem {
  message: string;
  /** The attempt may have placed an order after all (its answer was lost): point at the orders. */
  seeOrders?: boolean;
}

/**
 * The checkout's state: the cart being checked out (every answer reported to the shell), the
 * form's errors, and one placeOrder at a time with the attempt's idempotency key.
 */
export function useCheckout() {
  const client = useGraphQLClient();
  const bridge = useCartBridge();
  const router = useRouter();
  const cart = shallowRef<CartViewFragment>();
  const errors = shallowRef<FormErrors>({});
  const problem = shallowRef<CheckoutProblem>();
  const placing = shallowRef(false);

  async function loadCart(): Promise<void> {
    try {
      cart.value = (await client.request(CartDocument, {})).cart;
      bridge.report(cart.value);
      if (endAttemptIfEmpty(cart.value.lines.length, window.sessionStorage)) {
        // An attempt was open and its lines are gone: most likely its order went through unanswered.
        problem.value = { message: 'Your cart is empty now: your last order may have gone through.', seeOrders: true };
      }
    } catch (error) {
      problem.value = { message: error instanceof GraphQLRequestError ? error.message : 'Could not load your cart.' };
    }
  }

  /** The attempt is over without an order: show why, start the next attempt afresh, show the true cart. */
  async function startOver(next: CheckoutProblem): Promise<void> {
    finishCheckout(window.sessionStorage);
    await loadCart();
    problem.value = next;
  }

  async function refused(error: unknown): Promise<void> {
    const failure = error instanceof GraphQLRequestError ? error : undefined;
    const field = formFieldOf(failure?.field);
    if (failure?.code === 'BAD_USER_INPUT' && field) errors.value = { [field]: failure.message };
    else if (failure?.code === 'OUT_OF_STOCK') {
      await startOver({ message: 'Some items are no longer in stock in the quantity you chose. Review your cart and check out again.' });
    } else if (failure?.code === 'CONFLICT') {
      // The cart changed, or this key already placed an order whose answer never arrived.
      await startOver({ message: 'Your cart changed since you reviewed it. Please review your cart and check out again.', seeOrders: true });
    } else problem.value = { message: failure?.message ?? 'Could not place the order. Please try again.' };
  }

  async function placeOrder(form: CheckoutForm): Promise<void> {
    if (placing.value || !cart.value) return;
    errors.value = checkForm(form);
    problem.value = undefined;
    if (Object.keys(errors.value).length > 0) return;
    placing.value = true;
    // The lines shown are the lines ordered; the same key for every retry of this attempt (the
    // BFF answers a replay with the first order), a new one once the cart changes.
    const lines = cart.value.lines.map(({ productId, quantity }) => ({ productId, quantity }));
    const idempotencyKey = checkoutKey(cartSignature(lines), window.sessionStorage);
    try {
      const { placeOrder: placed } = await client.request(PlaceOrderDocument, {
        input: {
          idempotencyKey,
          lines,
          shippingAddress: { fullName: form.fullName, line1: form.line1, line2: form.line2 || null, city: form.city, postalCode: form.postalCode, country: form.country.toUpperCase() },
          cardNumber: form.cardNumber,
        },
      });
      finishCheckout(window.sessionStorage);
      await loadCart(); // the ordered lines left the cart: the header count follows
      await router.push(`/orders/${placed.order.id}`);
    } catch (error) {
      await refused(error);
    } finally {
      placing.value = false;
    }
  }

  return { cart, errors, problem, placing, loadCart, placeOrder };
}
