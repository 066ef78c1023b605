import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the security plugin. */
export const optionsSchema = z
  .object({
    /** Folder of the committed scan snapshots, relative to the site root. */
    snapshots: z.string().min(1).default('security/snapshots'),
    /** The site's own SBOM, published at the route table's `securitySbom`. */
    sbom: z.string().min(1).default('security/sbom.cdx.json'),
    /**
     * The moment staleness is judged at, ISO datetime. Default: SOURCE_DATE_EPOCH when set (so two
     * builds of one commit agree), else the build's clock.
     */
    judgedAt: z.iso.datetime().optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('security plugin', optionsSchema);
