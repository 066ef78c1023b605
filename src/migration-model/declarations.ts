import ts from 'typescript';

/** A tag read from a declaration's JSDoc, with the line it sits on. */
export interface DeclarationTag {
  text: string;
  line: number;
}

/** One declaration of the plugin runtime API, as written in a `.d.ts` source. */
export interface ApiDeclaration {
  /** Qualified name, for example `v1.ContextV1.on`. */
  id: string;
  /** API version, from the folder the file sits in (`v1`, `v2`). */
  api: string;
  kind: 'function' | 'interface' | 'method' | 'property' | 'type';
  /** Path relative to the site root, with forward slashes. */
  file: string;
  /** 1-based line of the declaration's name. */
  line: number;
  summary: string;
  /** Whether the declaration carries its own compatibility tags (a row of the matrix). */
  ownTags: boolean;
  category?: string;
  since?: DeclarationTag;
  deprecated?: DeclarationTag;
  removed?: DeclarationTag;
  migration?: DeclarationTag;
}

const compatTags = ['since', 'deprecated', 'removed', 'migration'] as const;

/** Reads every exported declaration and interface member of a `.d.ts` file with its JSDoc tags. */
export function parseDeclarations(file: string, text: string): ApiDeclaration[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const api = file.split('/').slice(-2, -1)[0] ?? 'api';
  const out: ApiDeclaration[] = [];
  for (const statement of sf.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      out.push(read(sf, api, statement, statement.name, `${api}.${statement.name.text}`, 'function'));
    } else if (ts.isInterfaceDeclaration(statement)) {
      const parent = read(sf, api, statement, statement.name, `${api}.${statement.name.text}`, 'interface');
      out.push(parent);
      for (const member of statement.members) {
        if (!(ts.isMethodSignature(member) || ts.isPropertySignature(member)) || !member.name) continue;
        const name = member.name.getText(sf).replace(/^['"]|['"]$/g, '');
        const child = read(sf, api, member, member.name, `${parent.id}.${name}`, ts.isMethodSignature(member) ? 'method' : 'property');
        // A member without tags of its own shares its interface's row.
        if (child.ownTags) out.push({...child, category: child.category ?? parent.category});
      }
    } else if (ts.isTypeAliasDeclaration(statement)) {
      out.push(read(sf, api, statement, statement.name, `${api}.${statement.name.text}`, 'type'));
    }
  }
  return out;
}

function read(sf: ts.SourceFile, api: string, node: ts.Node, name: ts.Node, id: string, kind: ApiDeclaration['kind']): ApiDeclaration {
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const decl: ApiDeclaration = {id, api, kind, file: sf.fileName, line: lineOf(name), summary: '', ownTags: false};
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return decl;
  decl.summary = (ts.getTextOfJSDocComment(doc.comment) ?? '').split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
  for (const tag of doc.tags ?? []) {
    const tagName = tag.tagName.text;
    const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
    if (tagName === 'category' || tagName === 'surface') decl.category = text;
    if ((compatTags as readonly string[]).includes(tagName)) {
      decl[tagName as (typeof compatTags)[number]] = {text, line: lineOf(tag)};
      decl.ownTags = true;
    }
  }
  return decl;
}

/** `2.0 Use {@link v2.X} instead.` → version `2.0`, replacement `v2.X`. */
export function parseDeprecation(text: string): {version: string; replacement?: string} {
  const version = /^\d+\.\d+/.exec(text)?.[0] ?? '';
  const replacement = /\{@link\s+([^}|\s]+)/.exec(text)?.[1];
  return replacement ? {version, replacement} : {version};
}

/** The version a tag starts with, or the empty string. */
export function tagVersion(tag: DeclarationTag | undefined): string {
  return tag ? (/^\d+\.\d+/.exec(tag.text)?.[0] ?? '') : '';
}
