import React, {useEffect, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import steps from '@generated/ax-onboarding/default/tour.json';
import type {TourStep} from '@site/plugins/onboarding/tour-steps';
import 'driver.js/dist/driver.css';

const listItemId = (step: TourStep) => `tour-step-${step.id}`;

/** The step's element on this page: the first visible target, else its item in the plain list. */
function elementOf(step: TourStep): Element {
  for (const selector of step.targets) {
    const found = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((el) => el.getClientRects().length > 0);
    if (found) return found;
  }
  return document.getElementById(listItemId(step)) ?? document.body;
}

/**
 * The guided tour of the site (driver.js, MIT): it starts only when the reader presses the
 * button, Esc or Close ends it, and focus goes back to the button. Below the button, the same
 * steps as a plain list, for readers who prefer no overlay.
 */
export default function GuidedTour(): React.ReactElement {
  const startButton = useRef<HTMLButtonElement>(null);
  // The step whose highlight has settled: driver.js ignores keys while it is still moving.
  const [settled, setSettled] = useState<string>();
  const [running, setRunning] = useState(false);
  // Set once React owns the button: before that pressing it does nothing, and tests wait on it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const start = async () => {
    // Loaded on demand: readers who never take the tour never download it.
    const {driver} = await import('driver.js');
    const tour = driver({
      showProgress: true,
      progressText: 'Step {{current}} of {{total}}',
      nextBtnText: 'Next',
      prevBtnText: 'Previous',
      doneBtnText: 'Finish',
      popoverClass: 'ax-tour-popover',
      animate: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      steps: steps.map((step) => ({
        element: () => elementOf(step),
        popover: {title: step.title, description: step.body},
        onHighlighted: () => setSettled(step.id),
      })),
      onDestroyed: () => {
        setRunning(false);
        setSettled(undefined);
        // driver.js refocuses what had focus when the last step began (often its own, now gone,
        // Next button); put focus back on the button that started the tour instead.
        queueMicrotask(() => startButton.current?.focus());
      },
    });
    setRunning(true);
    tour.drive();
  };

  return (
    <div className="ax-tour" data-tour-state={running ? 'running' : 'idle'} data-tour-step={settled} data-ready={ready || undefined}>
      <p>
        <button ref={startButton} type="button" className="button button--primary" disabled={!ready} onClick={() => void start()}>
          Take the guided tour
        </button>
      </p>
      <p>
        The tour highlights {steps.length} places on this site, one at a time. Use Tab to reach its buttons, the arrow keys to move between
        steps, and Esc to leave it. The same steps, without the overlay:
      </p>
      <ol className="ax-tour__steps">
        {steps.map((step) => (
          <li key={step.id} id={listItemId(step)}>
            <strong>{step.title}.</strong> {step.body} <Link to={step.href}>{step.linkText}</Link>.
          </li>
        ))}
      </ol>
    </div>
  );
}
