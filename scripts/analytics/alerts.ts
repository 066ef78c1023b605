import path from 'node:path';
import type {Alert, Snapshot} from '../../src/analytics/schema/snapshot';
import {computeSnapshot} from '../../src/analytics/snapshot';
import {routes} from '../../src/routes/table';
import {siteUrlFromEnv} from '../../src/site/site-url';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {committedExport} from './generate';
import {parseFlags, reportSnapshotFailure} from './snapshot';

/**
 * `npm run analytics:alerts`: the week-over-week installs alerts (analytics/metrics/alerts.sql)
 * that fire, as JSON, for CI and cron. With a webhook it also posts them as a Slack message;
 * when nothing fires it posts nothing, so a quiet week stays quiet.
 */

const usage = `Usage: npm run analytics:alerts -- [--events <file>] [--webhook <url>]\nPrints the firing installs alerts of an export (default ${committedExport}) as JSON. Exit 0 none firing, 1 some firing, 2 bad input or a failed webhook.`;

/** Slack mrkdwn treats &, < and > as markup. */
const escapeMrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const percent = (change: number | null) => (change === null ? 'n/a' : `${(Math.abs(change) * 100).toFixed(1)}%`);

/** A Slack-compatible message (`text` for notifications, `blocks` for the layout). */
export function slackMessage(firing: Alert[], snapshot: Pick<Snapshot, 'asOf' | 'source'>, siteUrl: string) {
  const title = `${firing.length} marketplace installs alert${firing.length === 1 ? '' : 's'} firing (data as of ${snapshot.asOf})`;
  const line = (a: Alert) => {
    const link = a.scope === 'overall' ? `${siteUrl}${routes.analytics()}` : `${siteUrl}${routes.analyticsPlugin(a.scope)}`;
    return `• <${link}|${escapeMrkdwn(a.scope)}>: ${a.current} installs in ${a.week}, down ${percent(a.change)} from ${a.previous} the week before`;
  };
  const source = `Source: ${escapeMrkdwn(snapshot.source.name)}${snapshot.source.synthetic ? ' (synthetic data)' : ''}. An alert fires when installs drop by more than 20% week over week.`;
  return {
    text: `${title}: ${firing.map((a) => a.scope).join(', ')}`,
    blocks: [
      {type: 'header', text: {type: 'plain_text', text: title}},
      {type: 'section', text: {type: 'mrkdwn', text: firing.map(line).join('\n')}},
      {type: 'context', elements: [{type: 'mrkdwn', text: source}]},
    ],
  };
}

export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) {
    writeLine(stdout, usage);
    return exitCode.clean;
  }
  const {flags, error} = parseFlags(argv, ['events', 'webhook']);
  if (error || (flags.webhook && !/^https?:\/\//.test(flags.webhook))) {
    writeLine(stderr, `analytics:alerts: ${error ?? `Unexpected --webhook ${flags.webhook}, expected an http(s) URL`}\n${usage}`);
    return exitCode.toolFailure;
  }
  let snapshot: Snapshot;
  try {
    snapshot = await computeSnapshot({events: path.resolve(cwd, flags.events ?? committedExport)});
  } catch (failure) {
    return reportSnapshotFailure(failure, cwd, stderr);
  }
  const firing = snapshot.alerts.filter((a) => a.state === 'firing');
  writeLine(stdout, JSON.stringify({asOf: snapshot.asOf, source: snapshot.source, firing}, null, 2));
  if (flags.webhook && firing.length) {
    const response = await fetch(flags.webhook, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(slackMessage(firing, snapshot, siteUrlFromEnv(env))),
      signal: AbortSignal.timeout(5000),
    }).catch((e: Error) => e);
    if (response instanceof Error || !response.ok) {
      const got = response instanceof Error ? response.message : `HTTP ${response.status}`;
      writeLine(stderr, `analytics:alerts: Unexpected ${got} from the webhook, expected HTTP 2xx`);
      return exitCode.toolFailure;
    }
  }
  return firing.length ? exitCode.findings : exitCode.clean;
}

if (require.main === module) runBin(main, {exitWhenDone: true});
