import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mirroredByFastPath } from './fast-path-guard.js';

/** graphql-jit compilation shared by yoga's path and the fast path. */
export interface JitExecution {
  /** The compiled operation (cached per document and operation name); undefined if jit refuses. */
  compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | undefined;
  /** Executes yoga's operations with the same compiled queries. */
  plugin: Plugin;
}

const NO_NAME = '\u0000';

/**
 * graphql-jit for yoga and the fast path from ONE compiled cache, keyed by document and
 * operation name. (@envelop/graphql-jit caches per document only, so a second operation of
 * the same document ran the first one's code, and it pins an older graphql-jit whose field
 * order differs from graphql-js with fragments.) Operations jit refuses run on graphql-js.
 */
export function createJitExecution(): JitExecution {
  const cache = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiled: JitExecution['compiled'] = (schema, document, operationName) => {
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map()));
    const key = operationName ?? NO_NAME;
    let entry = byName.get(key);
    if (entry === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      entry = isCompiledQuery(result) ? result : null;
      byName.set(key, entry);
    }
    return entry ?? undefined;
  };
  const plugin: Plugin = {
    onExecute({ args, setExecuteFn }) {
      const query = compiled(args.schema, args.document, args.operationName);
      if (!query) return;
      setExecuteFn((run: ExecutionArgs) => {
        const result = query.query(run.rootValue, run.contextValue, run.variableValues);
        // yoga serialises with the compiled stringify when the result carries it.
        const attach = (r: object) => Object.assign(r, { stringify: query.stringify });
        return result instanceof Promise ? result.then(attach) : attach(result);
      });
    },
  };
  return { compiled, plugin: mirroredByFastPath(plugin, 'the fast path runs the same compiled queries') };
}
