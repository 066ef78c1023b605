import React from 'react';
import Link from '@docusaurus/Link';
import commands from '@generated/ax-errors/default/cli-commands.json';
import {routes} from '@site/src/routes/table';
import InlineText from '../ErrorsInlineText';

/**
 * Every `ax` command with its summary, linking to its reference page; for the CLI reference
 * overview. The rows come from the errors plugin's data, so the CLI spec stays out of the bundle.
 */
export default function CliCommandList(): React.ReactElement {
  return (
    <div className="ax-table-wrap">
      <table>
        <caption className="ax-visually-hidden">Every ax command</caption>
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">What it does</th>
            <th scope="col">For</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((r) => (
            <tr key={r.fullName}>
              <td>
                <Link to={routes.cli(r.slug)}>
                  <code>{r.fullName}</code>
                </Link>
              </td>
              <td>
                <InlineText text={r.summary} />
              </td>
              <td>{r.audience}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
