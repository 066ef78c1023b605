/**
 * The import rules of the site (issue 13): no cycles, and layers that depend one way,
 * typed data → model → plugins and components. `npm run lint:deps` checks them and
 * `npm test` runs that as one step.
 *
 * Cycles count type-only imports too: a type cycle is harmless at run time, but it ties two
 * modules together just the same, and the layers are meant to read one way for types as well.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */

/** Data folders: typed sources only. Their tests may reach into the engine to check them. */
const dataFolders = '^(errors|migration|analytics|security|templates|recordings|handoff)/';
const dataTests = '^(errors|migration|analytics|security|templates|recordings|handoff)/.*__tests__/';

/** Plain-TS model folders: read by the build, the checks and (later) PDF and slides. */
const modelFolders = '^src/(content-model|cli-spec|routes|analytics|security|template-model|telemetry|recordings|binder)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules import each other in a loop. Move what both need into a third module that both import.',
      from: {},
      to: {circular: true},
    },
    {
      name: 'data-imports-engine',
      severity: 'error',
      comment:
        'errors/ and migration/ hold data only: they may import types, schemas and src/routes/table.ts, never plugins, components, theme or check engine code.',
      from: {path: dataFolders, pathNot: dataTests},
      to: {path: '^(plugins/|src/(components|theme|checks)/)'},
    },
    {
      name: 'content-model-imports-cli-spec',
      severity: 'error',
      comment:
        'The CLI spec reads the content model (severities, clusters), never the other way round. A value list both need goes in a plain data module of src/content-model.',
      from: {path: '^src/content-model/'},
      to: {path: '^src/cli-spec/'},
    },
    {
      name: 'cli-spec-imports-template-engine',
      severity: 'error',
      comment:
        'The CLI spec reads the template registry (templates/registry.ts) and the plain defaults of src/template-model/defaults.ts; the rest of the template model checks commands against the CLI spec, so importing it would close a loop.',
      from: {path: '^src/cli-spec/'},
      to: {path: '^src/template-model/', pathNot: '^src/template-model/defaults\\.ts$'},
    },
    {
      name: 'template-registry-stays-plain',
      severity: 'error',
      comment: 'templates/registry.ts is imported by the CLI spec: it may import types only, so neither zod nor the compiler comes along.',
      from: {path: '^templates/registry\\.ts$'},
      to: {path: '^src/', dependencyTypesNot: ['type-only']},
    },
    {
      name: 'model-imports-ui',
      severity: 'error',
      comment:
        'src/content-model, src/cli-spec and src/routes are plain TypeScript: no React, no Docusaurus, no @theme components, so scripts, PDF and slides can use them.',
      from: {path: modelFolders},
      // Resolved packages sit in node_modules; Docusaurus aliases stay unresolved, named as written.
      to: {path: '^(node_modules/(react|react-dom|@docusaurus)/|(react|react-dom|@docusaurus|@theme|@theme-original|@generated)(/|$)|src/(components|theme)/)'},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '(^|/)(build|\\.docusaurus|__fixtures__|\\.bench)/'},
    // See type-only imports, so type cycles and type layer breaks count.
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: {text: {highlightFocused: true}},
  },
};
