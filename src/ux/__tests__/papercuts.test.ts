import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {normalizeRoute, routes} from '../../routes/table';
import {binderChapters} from '../../binder/views/chapters';
import {pageKinds, shotFiles} from '../papercut';
import {papercutProblems} from '../papercut-schema';
import {papercuts} from '../papercuts';
import {pageKindRoutes, walkRoutes} from '../page-kinds';

const staticDir = path.resolve(__dirname, '../../../static');
const maxShotBytes = 150_000;

describe('the papercuts of the UX hunt', () => {
  it('are valid and have unique ids', () => {
    expect(papercutProblems(papercuts)).toEqual([]);
  });

  it('number at least ten, and each binder papercut is on a binder chapter', () => {
    expect(papercuts.length).toBeGreaterThanOrEqual(10);
    for (const cut of papercuts.filter((c) => c.kind === 'binder')) expect(cut.route.startsWith(routes.binderChapter())).toBe(true);
  });

  it.each(papercuts.map((c) => [c.id, c] as const))('%s has a before and an after shot under 150 kB', (_id, cut) => {
    for (const file of Object.values(shotFiles(cut.id))) {
      const full = path.join(staticDir, file);
      expect(existsSync(full), file).toBe(true);
      expect(statSync(full).size, file).toBeLessThan(maxShotBytes);
    }
  });

  it('routes are spelled the one way the route table spells them', () => {
    for (const cut of papercuts) expect(normalizeRoute(cut.route)).toBe(cut.route);
  });

  it('reports a bad papercut as "Unexpected …" naming row, id and field', () => {
    const bad = {...papercuts[0]!, id: 'Bad Id', viewport: 1024};
    expect(papercutProblems([papercuts[0], papercuts[0], bad])).toMatchInlineSnapshot(`
      [
        "Unexpected duplicate id "home-card-buttons" at papercut 1, expected each id once",
        "Unexpected "Bad Id" at papercut 2 (Bad Id), field id, expected kebab-case, e.g. "home-card-buttons"",
        "Unexpected 1024 at papercut 2 (Bad Id), field viewport, expected one of 390, 768, 1280",
      ]
    `);
  });

  it('walks every page kind, one route each but every binder chapter', () => {
    expect(Object.keys(pageKindRoutes)).toEqual([...pageKinds]);
    expect(Object.keys(walkRoutes)).toEqual([...pageKinds]);
    expect(walkRoutes.binder).toEqual(binderChapters.map((c) => c.route));
    expect(walkRoutes.doc).toEqual([pageKindRoutes.doc]);
  });
});
