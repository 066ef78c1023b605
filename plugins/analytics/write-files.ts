import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {eventsJsonSchema} from '../../src/analytics/schema/event';
import {snapshotJsonSchema, type Snapshot} from '../../src/analytics/schema/snapshot';
import {datasetExports, widgetExports} from '../../src/analytics/views/exports';
import {generatedFiles, routes} from '../../src/routes/table';

async function write(outDir: string, urlPath: string, contents: string): Promise<void> {
  const file = path.join(outDir, urlPath);
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, contents);
}

/** Writes the two JSON Schemas and the exports folder (datasets and each widget's download) into the built site. */
export async function writeAnalyticsFiles(outDir: string, siteUrl: string, snapshot: Snapshot): Promise<number> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const exports = [...datasetExports(snapshot), ...widgetExports(snapshot)];
  await Promise.all([
    write(outDir, generatedFiles.analyticsEventsSchema, json(eventsJsonSchema(siteUrl))),
    write(outDir, generatedFiles.analyticsSnapshotSchema, json(snapshotJsonSchema(siteUrl))),
    ...exports.map((e) => write(outDir, routes.analyticsExport(e.file), e.contents)),
  ]);
  return exports.length;
}
