import React from 'react';
import Link from '@docusaurus/Link';
import labs from '@generated/ax-labs/default/labs-index.json';
import {audienceLabels, formatMinutes, levelLabels} from '@site/src/labs/types';
import {labState} from '@site/src/labs/progress';
import {useLabProgress} from '@site/src/components/useLabProgress';
import {routes} from '@site/src/routes/table';
import styles from '../labs.module.css';

/** Every lab with its audience, total time, checkpoint levels and, once hydrated, whether you completed it. */
export default function LabIndex(): React.ReactElement {
  const {progress, hydrated} = useLabProgress();
  const states = labs.map((l) => labState(progress, l.id, l.steps.map((s) => s.id)));
  const completed = states.filter((s) => s.state === 'completed').length;
  return (
    <div>
      <p role="status">
        {hydrated ? `You have completed ${completed} of ${labs.length} labs in this browser.` : `${labs.length} labs; your progress is kept in this browser.`}{' '}
        <Link to={routes.labProgress()}>See, export or import your progress</Link>.
      </p>
      <div className={styles.tableWrap}>
        <table aria-label="Labs">
          <thead>
            <tr>
              <th scope="col">Lab</th>
              <th scope="col">For</th>
              <th scope="col">Time</th>
              <th scope="col">Checkpoints</th>
              <th scope="col">Your progress</th>
            </tr>
          </thead>
          <tbody>
            {labs.map((l, i) => {
              const s = states[i]!;
              return (
                <tr key={l.id} data-lab={l.id} data-lab-state={hydrated ? s.state : 'loading'}>
                  <td>
                    <Link to={l.url}>{l.title}</Link>
                  </td>
                  <td>{audienceLabels[l.audience]}</td>
                  <td>{formatMinutes(l.minutes)}</td>
                  <td>
                    {(['quiz', 'command', 'receipt'] as const)
                      .map((level) => [level, l.steps.filter((st) => st.level === level).length] as const)
                      .filter(([, n]) => n)
                      .map(([level, n]) => `${n} × ${levelLabels[level].name.replace(/^Level \d: /, '')}`)
                      .join(', ')}
                  </td>
                  <td>{!hydrated ? '—' : s.state === 'completed' ? `Completed ${s.completedAt.slice(0, 10)}` : s.state === 'in-progress' ? `${s.passed} of ${s.total}` : 'Not started'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
