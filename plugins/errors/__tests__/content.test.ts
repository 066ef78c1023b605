import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorCatalog} from '../../../src/error-catalog';
import {listCommands} from '../../../src/cli-spec';
import {redirectVariants} from '../../../src/error-catalog/view-model';
import {loadErrorsContent} from '../content';
import {validateOptions} from '../options';
import {redirectHtml} from '../outputs';

const siteDir = path.resolve(__dirname, '../../..');
const options = validateOptions({options: {}, validate: () => ({}) as never} as never);

describe('errors plugin content', () => {
  const content = loadErrorsContent(siteDir, options);

  it('has a page for every catalog entry and the top 20 for the index', () => {
    expect(content.pages.map((p) => p.entry.id)).toEqual(errorCatalog.map((e) => e.id));
    expect(content.index.topIds).toHaveLength(20);
    expect(content.index.errors.find((s) => s.id === 'AX1040')).toMatchObject({status: 'retired', replacedBy: 'AX1042', areaLabel: 'Auth'});
    expect(content.pages.find((p) => p.entry.id === 'AX1040')!.titles).toMatchObject({AX1042: 'Session expired'});
    expect(content.index.areas[0]).toEqual({id: 'auth', label: 'Auth', from: 1000, to: 1099});
  });

  it('routes every alias and forwards every lower-case spelling', () => {
    const {aliases, lowercase} = redirectVariants(errorCatalog);
    expect(aliases).toContainEqual({from: 'E_SESSION_EXPIRED', to: 'AX1042'});
    expect(lowercase).toContainEqual({from: 'ax1042', to: 'AX1042'});
    expect(lowercase).toContainEqual({from: 'e_session_expired', to: 'AX1042'});
    const froms = [...aliases, ...lowercase].map((r) => r.from);
    expect(new Set(froms).size).toBe(froms.length);
  });

  it('makes a CLI reference page per command, listing the errors that use it', () => {
    expect(content.cliPages).toHaveLength(listCommands().length);
    const login = content.cliPages.find((p) => p.slug === 'login')!;
    expect(login.errors.map((e) => e.id)).toContain('AX1042');
    expect(content.cliPages.find((p) => p.slug === 'plugin-init')!.parent).toEqual({fullName: 'ax plugin', slug: 'plugin'});
    expect(content.cliPages.find((p) => p.slug === 'plugin-init')!.flags.find((f) => f.name === 'template')).toMatchObject({value: expect.stringMatching(/\|/)});
    expect(content.cliCommands.find((c) => c.slug === 'login')).toMatchObject({fullName: 'ax login', audience: 'developer'});
  });

  it('passes pages plain data only, so no zod or spec module reaches the browser', () => {
    const json = JSON.stringify(content);
    expect(JSON.parse(json)).toEqual(content);
  });

  it('rejects unknown options', () => {
    expect(() => validateOptions({options: {topCount: 0}} as never)).toThrow(/topCount/);
    expect(() => validateOptions({options: {nope: true}} as never)).toThrow(/errors plugin options/);
  });

  it('writes forwarding pages that keep the query and escape what they print', () => {
    const html = redirectHtml('ax1042', '/errors/AX1042', 'https://docs.ax.example');
    expect(html).toContain('<link rel="canonical" href="https://docs.ax.example/errors/AX1042">');
    expect(html).toContain('location.replace("/errors/AX1042" + location.search + location.hash)');
    expect(redirectHtml('<b>', '/errors/AX1042', 'x')).toContain('<h1>&#60;b&#62;</h1>');
  });
});
