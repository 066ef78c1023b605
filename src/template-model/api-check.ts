import path from 'node:path';
import ts from 'typescript';
import type {LoadedTemplate} from './load';

/** The package a plugin imports the runtime API from; it resolves to the runtime's declarations. */
export const runtimeModule = '@ax/plugin-runtime';

/** A compiler message or an API use, placed in a file of the checked root. */
export interface Located {
  /** Relative to the site root, with forward slashes. */
  file: string;
  line: number;
  column: number;
}

/** A use of a declaration of the runtime API, by its qualified name (`v2.HttpClient.fetchRaw`). */
export interface ApiUse extends Located {
  id: string;
}

/** What compiling the templates against one API version found, per template. */
export interface ApiCheck {
  /** `v1`, `v2`. */
  api: string;
  byTemplate: Record<string, {typeErrors: (Located & {message: string})[]; manifestErrors: (Located & {message: string})[]; uses: ApiUse[]}>;
}

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * The standard library's parsed files, shared by every program of the process: parsing them is
 * most of a program's cost, and they are the same for every API version.
 */
const libFiles = new Map<string, ts.SourceFile>();
const libDir = path.dirname(ts.getDefaultLibFilePath(options));

/** The virtual module that holds a template's manifest, so the compiler checks it against the manifest interface. */
const manifestModule = (dir: string) => path.join(dir, '__ax-plugin.manifest.ts');
/** Lines of the virtual module above the manifest's first line. */
const manifestPrelude = 2;

/**
 * Compiles every template's `src/` modules, and its manifest, against one API version's
 * declarations (`@ax/plugin-runtime` resolves to them): one program for all templates. Returns
 * each template's compiler errors, its manifest's errors against `manifestInterface`, and every
 * use of a declaration of the API, which the caller judges by its tags on each runtime.
 */
export function checkAgainstApi(root: string, api: string, declarationsFile: string, manifestInterface: string | undefined, templates: readonly LoadedTemplate[]): ApiCheck {
  const declarations = path.resolve(root, declarationsFile);
  const virtual = new Map<string, string>();
  for (const t of templates) {
    if (manifestInterface) virtual.set(manifestModule(path.resolve(root, t.dir)), `import type {${manifestInterface} as Manifest} from '${runtimeModule}';\nexport default (\n${t.manifestText}\n) satisfies Manifest;\n`);
  }
  const base = ts.createCompilerHost(options, true);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (f) => virtual.has(path.resolve(f)) || base.fileExists(f),
    readFile: (f) => virtual.get(path.resolve(f)) ?? base.readFile(f),
    getSourceFile: (f, lang) => {
      const text = virtual.get(path.resolve(f));
      if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
      if (path.dirname(path.resolve(f)) !== libDir) return base.getSourceFile(f, lang);
      const cached = libFiles.get(f) ?? base.getSourceFile(f, lang);
      if (cached) libFiles.set(f, cached);
      return cached;
    },
    resolveModuleNames: (names, containing) =>
      names.map((name) => (name === runtimeModule ? {resolvedFileName: declarations, extension: ts.Extension.Dts} : ts.resolveModuleName(name, containing, options, base).resolvedModule)),
  };
  const sources = templates.flatMap((t) => t.sourceFiles.map((f) => path.resolve(root, t.dir, f)));
  const program = ts.createProgram([...sources, ...virtual.keys()], options, host);
  const checker = program.getTypeChecker();
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const byTemplate: ApiCheck['byTemplate'] = {};
  for (const t of templates) {
    const result = (byTemplate[t.entry.archetype] = {typeErrors: [] as (Located & {message: string})[], manifestErrors: [] as (Located & {message: string})[], uses: [] as ApiUse[]});
    const dir = path.resolve(root, t.dir) + path.sep;
    for (const sf of program.getSourceFiles()) {
      if (!path.resolve(sf.fileName).startsWith(dir)) continue;
      const isManifest = path.resolve(sf.fileName) === manifestModule(path.resolve(root, t.dir));
      for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
        const at = sf.getLineAndCharacterOfPosition(d.start ?? 0);
        const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
        if (isManifest) result.manifestErrors.push({file: `${t.dir}/ax-plugin.json`, line: Math.max(1, at.line + 1 - manifestPrelude), column: at.character + 1, message});
        else result.typeErrors.push({file: rel(sf.fileName), line: at.line + 1, column: at.character + 1, message});
      }
      if (!isManifest) result.uses.push(...apiUses(sf, checker, declarations, api, rel(sf.fileName)));
    }
  }
  return {api, byTemplate};
}

/** Every identifier of the module that names a declaration of the API file, outside import lines. */
function apiUses(sf: ts.SourceFile, checker: ts.TypeChecker, declarations: string, api: string, file: string): ApiUse[] {
  const uses: ApiUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.find((d) => path.resolve(d.getSourceFile().fileName) === declarations);
      const id = decl && qualifiedName(decl, api);
      if (id) {
        const at = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        uses.push({file, line: at.line + 1, column: at.character + 1, id});
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** `v2.definePlugin`, `v2.HttpClient`, `v2.HttpClient.fetchRaw`: the ids the migration model gives declarations. */
function qualifiedName(decl: ts.Declaration, api: string): string | undefined {
  const named = (n: ts.Node): string | undefined => ((ts.isFunctionDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) && n.name ? n.name.text : undefined);
  const top = named(decl);
  if (top) return `${api}.${top}`;
  if ((ts.isMethodSignature(decl) || ts.isPropertySignature(decl)) && ts.isInterfaceDeclaration(decl.parent)) {
    return `${api}.${decl.parent.name.text}.${decl.name.getText().replace(/^['"]|['"]$/g, '')}`;
  }
  return undefined;
}
