import {dataStores} from '../../content-model/ops/dr-stores';
import type {Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {runbookSectionsRule, createRunbookReferenceRules} from './runbook';
import {createDrTargetRule, runbookDrillLogRule, runbookDrillOverdueRule} from './runbook-drills';
import {productionOpsReferences} from './runbook-references';

/** The runbook, drill and disaster recovery rules, wired to the production sources. */
export const runbookRules: readonly Rule<SiteModel>[] = [
  runbookSectionsRule,
  ...createRunbookReferenceRules(productionOpsReferences),
  runbookDrillLogRule,
  runbookDrillOverdueRule,
  createDrTargetRule(() => dataStores, 'src/content-model/ops/dr-stores.ts'),
];
