import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';

import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { Context } from '../graphql/context.js';
import { parseOptions, validationRules } from '../graphql/limits.js';

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  /** Builds a context as for an HTTP request, from the x-api-key the client sent (header or connection params). */
  context: (apiKey: string | undefined, requestId: string) => Context;
}

/**
 * graphql-ws (the protocol Apollo Client and Sandbox speak) on the HTTP server's own port: an
 * upgrade request on any path is a subscription client. Only subscriptions go this way, with the
 * same parse and validation limits as HTTP; queries and mutations stay on HTTP, where the
 * complexity limit and the CSRF checks stand. Returns what closes every socket, for shutdown.
 */
export function serveSubscriptions(http: Server, { schema, context }: SubscriptionOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ server: http });
  /** Each subscription's way to a fresh context for each event: a context's loaders cache what they read. */
  const renew = new WeakMap<Context, () => Context>();
  const server = useServer(
    {
      schema,
      onSubscribe(ctx, _id, payload) {
        const document = parsed(payload.query);
        if (document instanceof GraphQLError) return [document];
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
          return [new GraphQLError('Only subscriptions go over WebSocket: send queries and mutations over HTTP.')];
        const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
        if (errors.length) return errors;
        const header = ctx.extra.request.headers['x-api-key'];
        const apiKey = (ctx.connectionParams?.['x-api-key'] as string | undefined) ?? (typeof header === 'string' ? header : undefined);
        const make = () => context(apiKey, randomUUID());
        const contextValue = make();
        renew.set(contextValue, make);
        return { schema, document, variableValues: payload.variables ?? null, operationName: payload.operationName ?? null, contextValue };
      },
      subscribe: async (args: ExecutionArgs) => {
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const fresh = renew.get(args.contextValue as Context)!;
        return mapEvents(stream[Symbol.asyncIterator](), (event) => execute({ ...args, rootValue: event, contextValue: fresh() }));
      },
    },
    sockets,
  );
  return async () => {
    await server.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}

function parsed(query: string): DocumentNode | GraphQLError {
  try {
    return parse(query, parseOptions);
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError(String(error));
  }
}

/** Each event mapped in turn; returning the result returns the source at once (its listener goes). */
function mapEvents<T, R>(source: AsyncIterator<T>, map: (event: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next() {
      const event = await source.next();
      return event.done ? { done: true, value: undefined } : { done: false, value: await map(event.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
