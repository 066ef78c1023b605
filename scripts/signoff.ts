import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {signoffScopes} from '../handoff/signoff-scopes';
import {hashScope, signSignoff} from '../src/binder/signoff';
import {signoffFile} from '../src/binder/signoff-states';
import {signerOf, signoffDomains, type SignoffDomain} from '../src/content-model/registry/signers';
import {buildMoment} from '../plugins/shared/build-moment';
import {exitCode, runBin, writeLine, type CliIo} from './lib/cli';

const usage = `Usage: npm run signoff -- --domain <${signoffDomains.join('|')}> --key <ed25519-private-key.pem> [--decision approved|approved-with-exceptions|rejected] [--days 90] [--evidence /route]... [--root .]
Hashes the domain's scoped sources, signs the record with the key and writes ${signoffFile('<domain>' as SignoffDomain)}.`;

/** `npm run signoff`: writes one domain's signed sign-off. Exit 0 written, 2 bad arguments or key. */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args: [...argv],
      options: {domain: {type: 'string'}, key: {type: 'string'}, decision: {type: 'string', default: 'approved'}, days: {type: 'string', default: '90'}, evidence: {type: 'string', multiple: true, default: []}, root: {type: 'string', default: '.'}, help: {type: 'boolean'}},
    }));
  } catch (error) {
    writeLine(stderr, `${(error as Error).message}\n${usage}`);
    return exitCode.toolFailure;
  }
  if (values.help) {
    writeLine(stdout, usage);
    return exitCode.clean;
  }
  const domain = values.domain as SignoffDomain;
  if (!signoffDomains.includes(domain)) {
    writeLine(stderr, `Unexpected --domain "${values.domain ?? ''}", expected one of: ${signoffDomains.join(', ')}\n${usage}`);
    return exitCode.toolFailure;
  }
  const decision = values.decision as 'approved' | 'approved-with-exceptions' | 'rejected';
  const days = Number(values.days);
  if (!values.key || !['approved', 'approved-with-exceptions', 'rejected'].includes(decision) || !Number.isInteger(days) || days < 1) {
    writeLine(stderr, `Unexpected arguments (--key "${values.key ?? ''}", --decision "${decision}", --days "${values.days}"), expected a key file, a decision and a whole number of days\n${usage}`);
    return exitCode.toolFailure;
  }
  const root = path.resolve(cwd, values.root);
  const scope = signoffScopes[domain];
  const {sha256, files} = hashScope(root, scope);
  const signedAt = buildMoment(env);
  const record = signSignoff(
    {
      domain,
      signer: signerOf(domain).id,
      decision,
      scope: [...scope],
      sourcesSha256: sha256,
      fileCount: files.length,
      evidence: values.evidence,
      exceptions: [],
      signedAt: signedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      expiresAt: new Date(signedAt.getTime() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
    readFileSync(path.resolve(cwd, values.key), 'utf8'),
  );
  const out = path.join(root, signoffFile(domain));
  mkdirSync(path.dirname(out), {recursive: true});
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  writeLine(stdout, `Signed ${domain} as ${record.signer}: ${files.length} files, sha256 ${sha256}, expires ${record.expiresAt} → ${signoffFile(domain)}`);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
