import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { Plugin } from 'graphql-yoga';
import { graphqlRuntime } from './graphql-runtime.js';

/**
 * Production validation rules: no introspection (`__schema`, `__type`; `__typename` stays)
 * and no "Did you mean …?" hints in validation errors. Both act in onValidate only and for
 * every request alike, so the fast path (which validates with yoga's validate) applies them
 * too. (@graphql-yoga/plugin-disable-introspection decides per request in onRequestParse,
 * which the fast path skips: hence graphql's own rule here.)
 */
export function productionRules(): Plugin[] {
  const noIntrospection: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(graphqlRuntime.NoSchemaIntrospectionCustomRule);
    },
  };
  return [noIntrospection, blockFieldSuggestionsPlugin() as Plugin];
}
