import React from 'react';
import LabCheckpoint from '@theme/LabCheckpoint';
import {formatMinutes} from '@site/src/labs/types';
import {useLab} from '../useLab';
import styles from '../labs.module.css';

/** One step of the current lab: its heading and duration from the front matter, the prose inside, then its checkpoint. */
export default function LabStep({id, children}: {id: string; children?: React.ReactNode}): React.ReactElement {
  const lab = useLab();
  const index = lab.steps.findIndex((s) => s.id === id);
  const step = lab.steps[index];
  if (!step) throw new Error(`Unexpected step "${id}" in lab "${lab.id}", expected one of: ${lab.steps.map((s) => s.id).join(', ')}`);
  return (
    <section className={styles.step} aria-labelledby={`step-${id}`}>
      <h2 id={`step-${id}`}>
        Step {index + 1}: {step.title}
      </h2>
      <p>
        <em>About {formatMinutes(step.minutes)}.</em>
      </p>
      {children}
      <LabCheckpoint lab={lab} step={step} index={index} />
    </section>
  );
}
