import path from 'node:path';
import ts from 'typescript';
import type {GuideSample} from '../../src/migration-model/guide';

/** A compiler message for one sample, placed on the guide's own line. */
export interface SampleDiagnostic {
  /** `migration/v1-to-v2.mdx:120`: the guide file and line of the offending code. */
  location: string;
  sample: GuideSample;
  message: string;
}

/** The package name samples import the runtime API from. */
export const runtimeModule = '@ax/plugin-runtime';

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  strict: true,
  noEmit: true,
  skipDefaultLibCheck: true,
  types: [],
};

/**
 * Compiles every sample against the declarations of the API version it claims
 * (`<apiDir>/<api>/index.d.ts`, imported as `@ax/plugin-runtime`). One program per version
 * keeps it fast; each sample is its own module, so samples do not see each other.
 */
export function typecheckSamples(samples: GuideSample[], apiDir: string): SampleDiagnostic[] {
  const out: SampleDiagnostic[] = [];
  const byApi = new Map<string, GuideSample[]>();
  for (const s of samples) byApi.set(s.api, [...(byApi.get(s.api) ?? []), s]);
  const base = ts.createCompilerHost(options, true);
  for (const [api, group] of byApi) {
    const declarations = path.resolve(apiDir, api, 'index.d.ts');
    const virtual = new Map(group.map((s, i) => [path.resolve(apiDir, `__sample_${api}_${i}.ts`), s]));
    const host: ts.CompilerHost = {
      ...base,
      fileExists: (f) => virtual.has(path.resolve(f)) || base.fileExists(f),
      readFile: (f) => virtual.get(path.resolve(f))?.code ?? base.readFile(f),
      getSourceFile: (f, lang) => {
        const s = virtual.get(path.resolve(f));
        return s ? ts.createSourceFile(f, s.code, lang, true) : base.getSourceFile(f, lang);
      },
      resolveModuleNames: (names, containing) =>
        names.map((name) =>
          name === runtimeModule
            ? {resolvedFileName: declarations, extension: ts.Extension.Dts}
            : ts.resolveModuleName(name, containing, options, base).resolvedModule,
        ),
    };
    if (!ts.sys.fileExists(declarations)) {
      for (const s of group) out.push({location: `${s.file}:${s.line}`, sample: s, message: `Unexpected API version "${api}", expected a folder ${path.join(apiDir, api)} with index.d.ts`});
      continue;
    }
    const program = ts.createProgram([...virtual.keys()], options, host);
    for (const [fileName, sample] of virtual) {
      const sf = program.getSourceFile(fileName)!;
      const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
      for (const d of diags) {
        const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
        out.push({
          location: `${sample.file}:${sample.line + 1 + line}`,
          sample,
          message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
        });
      }
    }
  }
  return out;
}
