import type {CatalogSource} from '../../src/error-catalog/entry';
import {authErrors} from './auth';
import {configErrors} from './config';
import {governancePolicyErrors} from './governance-policy';
import {networkErrors} from './network';
import {pluginManifestErrors} from './plugin-manifest';
import {publishMarketplaceErrors} from './publish-marketplace';
import {retiredErrors} from './retired';
import {runtimeErrors} from './runtime';
import {telemetryErrors} from './telemetry';
import {upgradeErrors} from './upgrade';

/** Every catalog file, with its path so integrity findings can name it. */
export const catalogSources: CatalogSource[] = [
  {file: 'errors/catalog/auth.ts', errors: authErrors},
  {file: 'errors/catalog/config.ts', errors: configErrors},
  {file: 'errors/catalog/network.ts', errors: networkErrors},
  {file: 'errors/catalog/plugin-manifest.ts', errors: pluginManifestErrors},
  {file: 'errors/catalog/runtime.ts', errors: runtimeErrors},
  {file: 'errors/catalog/publish-marketplace.ts', errors: publishMarketplaceErrors},
  {file: 'errors/catalog/telemetry.ts', errors: telemetryErrors},
  {file: 'errors/catalog/governance-policy.ts', errors: governancePolicyErrors},
  {file: 'errors/catalog/upgrade.ts', errors: upgradeErrors},
  {file: 'errors/catalog/retired.ts', errors: retiredErrors},
];
