import {describe, expect, it} from 'vitest';
import {routes} from '../../../src/routes/table';
import {availableTourSteps, tourSteps} from '../tour-steps';

describe('guided tour steps', () => {
  it('covers search, the error box, runbooks, labs and the binder, in that order', () => {
    expect(tourSteps.map((s) => s.id)).toEqual(['search', 'error-box', 'runbooks', 'labs', 'binder']);
  });

  it('links the labs step to the labs index from the route table', () => {
    expect(tourSteps.find((s) => s.id === 'labs')?.href).toBe(routes.doc('labs'));
  });

  it.each([
    {labs: false, expected: ['search', 'error-box', 'runbooks', 'binder']},
    {labs: true, expected: ['search', 'error-box', 'runbooks', 'labs', 'binder']},
  ])('offers the labs step only when the labs are built (labs: $labs)', ({labs, expected}) => {
    expect(availableTourSteps({labs}).map((s) => s.id)).toEqual(expected);
  });
});
