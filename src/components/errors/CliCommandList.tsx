import React from 'react';
import Link from '@docusaurus/Link';
import {cliSpec, commandSlug, listCommands} from '@site/src/cli-spec';
import InlineText from './InlineText';

/** Every `ax` command with its summary, linking to its reference page; for the CLI reference overview. */
export default function CliCommandList({basePath = '/docs/reference/cli'}: {basePath?: string}): React.ReactElement {
  const rows = listCommands(cliSpec);
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
          {rows.map((r) => (
            <tr key={r.fullName}>
              <td>
                <Link to={`${basePath}/${commandSlug(r.path)}`}>
                  <code>{r.fullName}</code>
                </Link>
              </td>
              <td>
                <InlineText text={r.command.summary} />
              </td>
              <td>{r.command.audience}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
