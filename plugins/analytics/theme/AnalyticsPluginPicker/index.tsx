import React, {useId, useMemo, useState} from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import {pickedPluginWidget, type PluginInstallsSeries} from '@site/src/analytics/views/plugin-installs';
import {noData} from '@site/src/analytics/views/format';
import type {LiveConfig} from '@site/plugins/analytics/page-data';
import {useHydrated} from '@site/src/components/useHydrated';

/**
 * The overview's installs widget for one plugin, with a plugin picker inside the widget: a
 * labelled `<select>`, so it works from the keyboard and reads as a combo box with its value.
 * Switching draws the chosen plugin's weekly installs from the page's own data (every plugin's
 * series, a few numbers each): no request and no navigation, so it takes one render (issue 19).
 * The plugin's own page, linked from the list below, has the rest of its widgets.
 */
export default function AnalyticsPluginPicker({series, live}: {series: PluginInstallsSeries; live: LiveConfig | null}): React.ReactElement {
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  const selectId = useId();
  const [plugin, setPlugin] = useState(series.plugins[0]?.plugin);
  // Announce a switch, never the first render: a live region's first text is not news.
  const [switched, setSwitched] = useState(false);
  const view = useMemo(() => (plugin === undefined ? undefined : pickedPluginWidget(series, plugin)), [series, plugin]);
  if (!view) return <p data-analytics-picker="installs">Installs per plugin: {noData}.</p>;
  const picker = (
    <div className="ax-field">
      <label htmlFor={selectId}>Plugin</label>
      <select
        id={selectId}
        name="plugin"
        disabled={!hydrated}
        value={plugin}
        onChange={(e) => {
          setPlugin(e.target.value);
          setSwitched(true);
        }}>
        {series.plugins.map((p) => (
          <option key={p.plugin} value={p.plugin}>
            {p.plugin}
          </option>
        ))}
      </select>
      <span className="ax-visually-hidden" aria-live="polite">
        {switched ? `${view.title}. ${view.summary}` : ''}
      </span>
    </div>
  );
  return (
    <div data-analytics-picker="installs">
      <AnalyticsWidget view={view} live={live} controls={picker} />
    </div>
  );
}
