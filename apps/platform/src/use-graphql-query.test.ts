// @vitest-environment happy-dom
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { flushPromises, mount } from '@vue/test-utils';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref, type Ref } from 'vue';
import { provideGraphQLClient } from './graphql-client-injection.js';
import type { GraphQLClient } from './graphql-client.js';
import { GraphQLRequestError } from './graphql-request-error.js';
import { useGraphQLQuery, type GraphQLQueryState } from './use-graphql-query.js';

const EchoDocument = parse('query Echo($text: String!) { echo(text: $text) }') as TypedDocumentNode<{ echo: string }, { text: string }>;

/** Mounts a component running the query; `respond` scripts the client. */
function run(text: Ref<string | undefined>, respond: (vars: { text: string }, signal?: AbortSignal) => Promise<{ echo: string }>) {
  const request = vi.fn((_doc: unknown, vars: { text: string }, options?: { signal?: AbortSignal }) => respond(vars, options?.signal));
  let state!: GraphQLQueryState<{ echo: string }>;
  const wrapper = mount(
    defineComponent({
      setup() {
        state = useGraphQLQuery(EchoDocument, () => (text.value === undefined ? undefined : { text: text.value }));
        return () => h('p', state.data.value?.echo ?? '');
      },
    }),
    { global: { plugins: [{ install: (app) => provideGraphQLClient(app, { request } as unknown as GraphQLClient) }] } },
  );
  return { wrapper, request, state: () => state };
}

describe('useGraphQLQuery', () => {
  it('loads, then refetches only when the variables change by value', async () => {
    const text = ref<string | undefined>('a');
    const { request, state } = run(text, async (vars) => ({ echo: vars.text }));
    expect(state().loading.value).toBe(true);
    await flushPromises();
    expect(state().data.value).toEqual({ echo: 'a' });
    expect(state().loading.value).toBe(false);
    text.value = 'a';
    await flushPromises();
    expect(request).toHaveBeenCalledTimes(1);
    text.value = 'b';
    await flushPromises();
    expect(state().data.value).toEqual({ echo: 'b' });
  });

  it('never lets a slow old answer overwrite a newer one, and aborts it', async () => {
    const text = ref<string | undefined>('slow');
    let releaseSlow!: () => void;
    const signals: AbortSignal[] = [];
    const { state } = run(text, (vars, signal) => {
      signals.push(signal!);
      if (vars.text === 'slow') return new Promise((resolve) => (releaseSlow = () => resolve({ echo: 'slow' })));
      return Promise.resolve({ echo: vars.text });
    });
    text.value = 'fast';
    await flushPromises();
    releaseSlow();
    await flushPromises();
    expect(state().data.value).toEqual({ echo: 'fast' });
    expect(signals[0]!.aborted).toBe(true);
  });

  it('exposes typed errors and recovers on refetch', async () => {
    let fail = true;
    const { state } = run(ref('x'), async () => {
      if (fail) throw new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'down' });
      return { echo: 'ok' };
    });
    await flushPromises();
    expect(state().error.value?.code).toBe('UNAVAILABLE');
    fail = false;
    await state().refetch();
    expect(state().error.value).toBeUndefined();
    expect(state().data.value).toEqual({ echo: 'ok' });
  });

  it('wraps unexpected errors as INTERNAL without their text', async () => {
    const { state } = run(ref('x'), async () => {
      throw new Error('TypeError at secret.ts:12');
    });
    await flushPromises();
    expect(state().error.value?.code).toBe('INTERNAL');
    expect(state().error.value?.message).not.toContain('secret');
  });

  it('pauses while the variables are undefined', async () => {
    const { request } = run(ref<string | undefined>(undefined), async () => ({ echo: 'x' }));
    await flushPromises();
    expect(request).not.toHaveBeenCalled();
  });
});
