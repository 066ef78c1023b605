import {categoryIds, scoresOf, type Lhr} from './lighthouse-audits';
import type {RunScores} from './lighthouse-scores';

/**
 * Headless Chromium on a closed network: no sandbox (we run as root), no GPU, and none of the
 * background fetches (component updates, sync, first-run pages) that would wait on hosts this
 * machine cannot reach and skew the trace.
 */
export const lighthouseChromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseRun {
  scores: RunScores;
  lhr: Lhr;
}

/**
 * One Lighthouse run of a URL with the default config, which is the mobile preset: a Moto G
 * Power-sized screen, 4× CPU slowdown and slow 4G, simulated (Lantern) rather than applied, so
 * figures depend less on the machine's load of the moment. Each run gets a fresh Chromium and
 * profile, as the Lighthouse CLI does, so no cache or service worker carries over.
 */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseRun> {
  // Both packages are ES modules; this script runs as CommonJS under tsx, so they are imported.
  const [{default: lighthouse}, {launch}] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await launch({chromePath, chromeFlags: lighthouseChromeFlags, logLevel: 'silent'});
  try {
    const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categoryIds]});
    if (!result) throw new Error(`Unexpected empty result from Lighthouse for ${url}, expected a report`);
    const lhr = result.lhr as unknown as Lhr;
    return {scores: scoresOf(lhr), lhr};
  } finally {
    chrome.kill();
  }
}
