import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {snapshotSchema} from '../../schema/snapshot';
import {buildWidget} from '../index';
import {pickedPluginWidget, pluginInstallsSeries} from '../plugin-installs';

const fixture = path.resolve(__dirname, '../../../../plugins/analytics/__tests__/__fixtures__/snapshot.json');
const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));

describe("the overview's plugin picker", () => {
  const series = pluginInstallsSeries(snapshot);

  it.each(snapshot.plugins.map((p) => [p.plugin]))('builds the same installs widget for %s as its plugin page shows', (plugin) => {
    expect(pickedPluginWidget(series, plugin)).toEqual(buildWidget(snapshot, {widget: 'installs', scope: plugin}));
  });

  it('holds a few numbers per plugin, not a widget each', () => {
    expect(series.plugins.map((p) => p.plugin)).toEqual(snapshot.plugins.map((p) => p.plugin));
    const perPlugin = JSON.stringify(series.plugins).length / series.plugins.length;
    const widget = JSON.stringify(buildWidget(snapshot, {widget: 'installs', scope: snapshot.plugins[0]!.plugin})).length;
    expect(perPlugin).toBeLessThan(widget / 5);
  });

  it('says "No data" for a plugin without installs, never a number', () => {
    const view = pickedPluginWidget({...series, plugins: [{plugin: 'quiet-plugin', installs: []}]}, 'quiet-plugin');
    expect(view.summary).toMatchInlineSnapshot(`"No data."`);
    expect(view.table.rows).toEqual([]);
  });
});
