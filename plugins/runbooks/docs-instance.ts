import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import {siteModule} from '../shared/site-module';
import type {RunbooksContent} from './content';

type DocsOptions = Parameters<typeof docsPlugin>[1];
/** The part of the stock plugin's loaded content this module reads: each doc's id and URL. */
type DocsContent = {loadedVersions: {docs: {id: string; permalink: string}[]}[]};

/** Names of the plugins whose loaded content this reads: its own (the stock docs plugin's) and the runbooks plugin's view models. */
const docsPluginName = 'docusaurus-plugin-content-docs';
const runbooksPluginName = 'ax-runbooks';

/** Adds `runbookView` to the modules of every route, nested or not, whose path has a view. */
export function withRunbookViews(route: RouteConfig, viewModuleByPath: ReadonlyMap<string, string>): RouteConfig {
  const view = viewModuleByPath.get(route.path);
  return {
    ...route,
    ...(view ? {modules: {...route.modules, runbookView: view}} : {}),
    ...(route.routes ? {routes: route.routes.map((r) => withRunbookViews(r, viewModuleByPath))} : {}),
  };
}

/**
 * The stock docs plugin for the runbooks section, with each runbook's view model (facts, comms,
 * drill) attached to its page's route as a `runbookView` module, written with `createData`. The
 * page's doc item component (`@theme/RunbookDocItem`) receives it as a prop, so a runbook page
 * loads its own view and nothing else, on the server and in the browser alike.
 */
export default async function runbooksDocsPlugin(context: LoadContext, options: DocsOptions): Promise<Plugin<unknown>> {
  const docs = (await docsPlugin(context, options)) as Plugin<unknown>;
  return {
    ...docs,
    // The routes wait for every plugin's content: the views are the runbooks plugin's.
    contentLoaded: undefined,
    async allContentLoaded({allContent, actions}) {
      const content = allContent[docsPluginName]?.[options.id ?? 'default'] as DocsContent;
      const views = (allContent[runbooksPluginName]?.default as RunbooksContent | undefined)?.runbooks ?? [];
      const permalinkOf = new Map(content.loadedVersions.flatMap((v) => v.docs).map((d) => [d.id, d.permalink]));
      const viewModuleByPath = new Map<string, string>();
      for (const view of views) {
        const permalink = permalinkOf.get(view.id);
        if (permalink) viewModuleByPath.set(permalink, siteModule(context.siteDir, await actions.createData(`runbook-${view.id}.json`, JSON.stringify(view))));
      }
      await docs.contentLoaded?.({content, actions: {...actions, addRoute: (route) => actions.addRoute(withRunbookViews(route, viewModuleByPath))}});
    },
  };
}
runbooksDocsPlugin.validateOptions = validateOptions;
