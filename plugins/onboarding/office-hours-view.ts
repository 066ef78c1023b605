import {getTeam} from '../../src/content-model/registry/teams';
import {weekdays, type OfficeHoursSlot} from '../../src/content-model/registry/office-hours';
import {generatedFiles, routes} from '../../src/routes/table';

/** One row of the office-hours page, every name resolved. */
export interface OfficeHoursRow {
  id: string;
  title: string;
  topics: string;
  /** "Tuesdays", "Every other Wednesday". */
  rhythm: string;
  /** "15:00–15:45". */
  time: string;
  timeZone: string;
  hostTeam: {id: string; name: string};
  channel: string;
  firstDate: string;
}

/** What `@theme/OfficeHours` shows: the rows and where the feed is. */
export interface OfficeHoursView {
  rows: OfficeHoursRow[];
  icsHref: string;
  ownershipHref: string;
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function officeHoursView(slots: readonly OfficeHoursSlot[]): OfficeHoursView {
  return {
    rows: slots.map((slot) => {
      const team = getTeam(slot.hostTeam);
      const day = weekdays[slot.weekday];
      return {
        id: slot.id,
        title: slot.title,
        topics: slot.topics,
        rhythm: slot.everyWeeks === 1 ? `Every ${day}` : `Every other ${day}`,
        time: `${slot.start}–${addMinutes(slot.start, slot.durationMinutes)}`,
        timeZone: slot.timeZone,
        hostTeam: {id: team.id, name: team.name},
        channel: slot.channel,
        firstDate: slot.firstDate,
      };
    }),
    icsHref: generatedFiles.officeHoursIcs,
    ownershipHref: routes.doc('reference/ownership'),
  };
}
