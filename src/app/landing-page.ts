import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

import type { Config } from '../config/config.js';

/**
 * The embeddable Sandbox's release line on Apollo's CDN, named here so that an upgrade of
 * @apollo/server cannot move it; Apollo publishes no other stable handle for it.
 */
export const SANDBOX_VERSION = 'v2';

export interface Examples {
  document: string;
  variables: Record<string, unknown>;
}

/** What `/` shows a browser (SANDBOX): Apollo Sandbox from Apollo's CDN, GraphiQL from this process, or nothing. */
export function landingPage(ui: Config['SANDBOX'], examples: Examples): ApolloServerPlugin {
  if (ui === 'none') return ApolloServerPluginLandingPageDisabled();
  if (ui === 'sandbox') {
    return ApolloServerPluginLandingPageLocalDefault({ version: SANDBOX_VERSION, ...examples, embed: true, includeCookies: false });
  }
  return localGraphiQL(examples);
}

/**
 * GraphiQL with all its code inlined in the page (some 9 MB, rendered once, and loaded only when
 * chosen): it needs no network but this server.
 */
function localGraphiQL(examples: Examples): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
      const html = renderGraphiQL({
        title: 'news-knowledge-graph',
        defaultTabs: [{ query: examples.document, variables: JSON.stringify(examples.variables, null, 2) }],
        defaultEditorToolsVisibility: 'variables',
      });
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}
