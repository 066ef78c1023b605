import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {buildMoment} from '../shared/build-moment';
import {zodProblems} from '../../src/checks/zod-finding';
import {components} from '../../src/content-model/registry/components';
import {securityDashboard, type SecurityDashboard} from '../../src/security/dashboard';
import {securityPolicy} from '../../src/security/policy';
import {snapshotSchema, type SecuritySnapshot} from '../../src/security/snapshot-schema';

/** Every snapshot of the folder, parsed; a bad one stops the build with the house wording. */
export function readSnapshots(dir: string): SecuritySnapshot[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const input: unknown = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      const parsed = snapshotSchema.safeParse(input);
      if (!parsed.success) throw new Error(`${path.join(dir, f)}: ${zodProblems(parsed.error, {input}).map((p) => p.message).join('; ')}`);
      return parsed.data;
    });
}

/** When staleness is judged: the option, else the build moment (SOURCE_DATE_EPOCH, else now). */
export function judgedAt(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? buildMoment(env).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The dashboard of the snapshots in `dir`. */
export function loadDashboard(dir: string, at: string): SecurityDashboard {
  const names = Object.fromEntries(components.map((c) => [c.id, c.name]));
  return securityDashboard(readSnapshots(dir), securityPolicy, at, names);
}
