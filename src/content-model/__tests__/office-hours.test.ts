import {describe, expect, it} from 'vitest';
import {officeHours, officeHoursScheduleProblems, type OfficeHoursSlot} from '../registry/office-hours';

const good = officeHours[0]!;
const bad = (over: Partial<OfficeHoursSlot>): OfficeHoursSlot => ({...good, ...over});

describe('office hours schedule', () => {
  it('has no problems as committed', () => {
    expect(officeHoursScheduleProblems(officeHours)).toEqual([]);
  });

  it.each([
    {over: {start: '25:00'}},
    {over: {durationMinutes: 5}},
    {over: {hostTeam: 'platform'}},
    {over: {channel: 'ax-cli'}},
    {over: {firstDate: '2026-12-02'}},
  ])('reports $over', ({over}) => {
    expect(officeHoursScheduleProblems([bad(over)])).toHaveLength(1);
  });

  it('words each problem with the slot, the value received and the value expected', () => {
    expect(officeHoursScheduleProblems([bad({hostTeam: 'platform', firstDate: '2026-12-02'}), good])).toMatchInlineSnapshot(`
      [
        "office hours "cli-and-first-plugin": Unexpected hostTeam "platform", expected a team id from src/content-model/registry/teams.ts",
        "office hours "cli-and-first-plugin": Unexpected firstDate 2026-12-02 on a Wednesday, expected a Tuesday",
        "office hours: Unexpected second slot with id "cli-and-first-plugin", expected unique ids",
      ]
    `);
  });
});
