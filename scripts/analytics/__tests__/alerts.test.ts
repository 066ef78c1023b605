import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main} from '../alerts';

const fixtures = path.resolve(__dirname, '../../../src/analytics/__tests__/__fixtures__');

/** A local stand-in for a Slack incoming webhook: records what it was sent. */
const received: {method?: string; contentType?: string; body: unknown}[] = [];
let status = 200;
const webhook = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    received.push({method: req.method, contentType: req.headers['content-type'], body: JSON.parse(body)});
    res.writeHead(status).end('ok');
  });
});
let webhookUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => webhook.close(() => resolve())));

async function alerts(argv: string[]) {
  const run = memoryIo({argv, cwd: fixtures, env: {AX_DOCS_URL: 'https://docs.test'}});
  return {code: await main(run.io), stdout: run.stdout(), stderr: run.stderr()};
}

describe('analytics:alerts', () => {
  it('prints the firing alerts as JSON and exits 1', async () => {
    const {code, stdout} = await alerts(['--events', 'alerts.ndjson']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).firing).toEqual([{scope: 'big-drop', week: '2026-W47', current: 7, previous: 10, change: -0.3, state: 'firing'}]);
  });

  it('exits 0 when nothing fires, and posts nothing', async () => {
    received.length = 0;
    const {code, stdout} = await alerts(['--events', 'weeks.ndjson', '--webhook', webhookUrl]);
    expect([code, JSON.parse(stdout).firing, received]).toEqual([0, [], []]);
  });

  it('posts a Slack-compatible message to the webhook', async () => {
    received.length = 0;
    expect((await alerts(['--events', 'alerts.ndjson', '--webhook', webhookUrl])).code).toBe(1);
    expect(received).toHaveLength(1);
    const [{method, contentType, body}] = received as [{method: string; contentType: string; body: {text: string; blocks: unknown[]}}];
    expect([method, contentType]).toEqual(['POST', 'application/json']);
    expect(body.text).toMatchInlineSnapshot(`"1 marketplace installs alert firing (data as of 2026-11-25T12:00:00Z): big-drop"`);
    expect(body.blocks).toMatchInlineSnapshot(`
      [
        {
          "text": {
            "text": "1 marketplace installs alert firing (data as of 2026-11-25T12:00:00Z)",
            "type": "plain_text",
          },
          "type": "header",
        },
        {
          "text": {
            "text": "• <https://docs.test/analytics/plugins/big-drop|big-drop>: 7 installs in 2026-W47, down 30.0% from 10 the week before",
            "type": "mrkdwn",
          },
          "type": "section",
        },
        {
          "elements": [
            {
              "text": "Source: alerts.ndjson. An alert fires when installs drop by more than 20% week over week.",
              "type": "mrkdwn",
            },
          ],
          "type": "context",
        },
      ]
    `);
  });

  it('exits 2 when the webhook fails', async () => {
    status = 500;
    const {code, stderr} = await alerts(['--events', 'alerts.ndjson', '--webhook', webhookUrl]);
    status = 200;
    expect([code, stderr.trim()]).toEqual([2, 'analytics:alerts: Unexpected HTTP 500 from the webhook, expected HTTP 2xx']);
  });

  it('exits 2 on bad input, naming the file', async () => {
    const {code, stderr} = await alerts(['--events', 'bad/missing-field.ndjson']);
    expect([code, stderr.trim()]).toEqual([2, 'bad/missing-field.ndjson:2: Unexpected missing field "plugin" for event "install", expected a plugin id (a lower-case slug)']);
  });
});
