// webpack's require.context, which runbook-views.server.ts uses; webpack replaces the call at build time.
declare namespace NodeJS {
  interface Require {
    context(directory: string, useSubdirectories: boolean, match: RegExp): {(key: string): unknown; keys(): string[]};
  }
}
