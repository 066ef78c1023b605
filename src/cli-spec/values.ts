import {datastores as datastoreAdapters, templateRegistry} from '../../templates/registry';
import {clusters} from '../content-model/registry/components';
import {severityIds} from '../content-model/ops/severity';
import type {ValueType} from './types';

/** Value types shared by several commands, so one word means one thing everywhere. */
/** Template archetypes and datastore adapters come from the template registry, so a new template is one entry there. */
export const templates = templateRegistry.map((t) => t.archetype);
export const datastores = datastoreAdapters.map((d) => d.id);
export const channels = ['sandbox', 'beta', 'stable'] as const;
export const regions = ['eu-west-1', 'us-east-1', 'ap-southeast-1'] as const;
/** The data store clusters, listed in the ops model that also describes their stores. */
export {clusters};
export const pipelines = ['events', 'metrics', 'traces', 'exports'] as const;
/** The CLI spells the incident severities of ops/severity.ts without case or dash: SEV-1 is `sev1`. */
export const severities = severityIds.map((id) => id.toLowerCase().replace('-', ''));
export const components = ['cli', 'runtime', 'marketplace', 'telemetry', 'governance', 'templates'] as const;
export const keyKinds = ['signing', 'api', 'webhook', 'vault'] as const;
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

export const enumOf = (values: readonly string[]): ValueType => ({kind: 'enum', values});
export const text = (hint: string): ValueType => ({kind: 'string', hint});
export const version: ValueType = {kind: 'version', hint: 'version'};
export const date: ValueType = {kind: 'date', hint: 'date'};
export const duration: ValueType = {kind: 'duration', hint: 'duration'};
export const count = (hint: string, min = 0, max?: number): ValueType => ({kind: 'integer', hint, min, ...(max === undefined ? {} : {max})});
export const filePath = (hint = 'path'): ValueType => ({kind: 'path', hint});
export const pluginName = text('plugin');
export const formats = enumOf(['text', 'json']);

/** Whether a concrete token is a valid value of a type. */
export function matchesValue(type: ValueType, token: string): boolean {
  switch (type.kind) {
    case 'enum':
      return type.values.includes(token);
    case 'string':
    case 'path':
      return token.length > 0;
    case 'version':
      return /^v?\d+(\.\d+){0,2}(-[0-9a-z.-]+)?$/i.test(token);
    case 'date':
      return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(token);
    case 'duration':
      return /^\d+(ms|s|m|h|d|w)$/.test(token);
    case 'integer': {
      if (!/^-?\d+$/.test(token)) return false;
      const n = Number(token);
      return (type.min === undefined || n >= type.min) && (type.max === undefined || n <= type.max);
    }
  }
}

/** How a value type reads in a message: "one of a, b", "a version like 2.1.0". */
export function describeValue(type: ValueType): string {
  switch (type.kind) {
    case 'enum':
      return `one of ${type.values.join(', ')}`;
    case 'string':
      return `<${type.hint}>`;
    case 'path':
      return `a path`;
    case 'version':
      return 'a version like 2.1.0';
    case 'date':
      return 'a date like 2026-10-01';
    case 'duration':
      return 'a duration like 15m, 2h or 7d';
    case 'integer':
      return type.max === undefined ? `a whole number of at least ${type.min ?? 0}` : `a whole number from ${type.min ?? 0} to ${type.max}`;
  }
}

/** The short form shown in synopses: `<version>`, `auth|data-sync|…`. */
export function valueHint(type: ValueType): string {
  if (type.kind === 'enum') return type.values.join('|');
  return `<${type.hint ?? type.kind}>`;
}
