import type {Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {axCommands} from './ax-commands';
import {frontmatterLastReviewed, frontmatterOwner, frontmatterSchema} from './frontmatter';
import {runbookRules} from './runbook-rules';

/** Every rule, in the order they run. The rules page on the site is generated from this list. */
export const allRules: readonly Rule<SiteModel>[] = [frontmatterSchema, frontmatterOwner, frontmatterLastReviewed, axCommands, ...runbookRules];
