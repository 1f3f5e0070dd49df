import { GraphQLRequestError } from '@shop/apps-platform';
import { reactive, shallowRef } from 'vue';

/** `input.display_name`, `displayName`, `display_name` → `displayName`: the BFF names fields after the gRPC ones. */
export function fieldName(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * A form's state and errors: a `BAD_USER_INPUT`/`CONFLICT` naming one of the form's fields goes inline
 * beside it (`extensions.field`), anything else to the form-level alert.
 */
export function useFormErrors<TField extends string>(fields: readonly TField[]) {
  const errors: Partial<Record<TField, string>> = reactive({});
  const formError = shallowRef<string>();

  function clear(): void {
    for (const field of fields) delete errors[field];
    formError.value = undefined;
  }

  function capture(error: unknown): void {
    clear();
    const field = error instanceof GraphQLRequestError && error.field ? (fieldName(error.field) as TField) : undefined;
    const message = error instanceof GraphQLRequestError ? error.message : 'Something went wrong. Please try again.';
    if (field && fields.includes(field)) errors[field] = message;
    else formError.value = message;
  }

  const busy = shallowRef(false);

  /** Runs a submit: busy while it runs, errors cleared first and captured on failure; true when it succeeded. */
  async function run(action: () => Promise<void>): Promise<boolean> {
    busy.value = true;
    clear();
    try {
      await action();
      return true;
    } catch (error) {
      capture(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { errors, formError, busy, clear, capture, run };
}
