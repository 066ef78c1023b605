import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

/** Where Debian and other distributions put Chromium; `CHROMIUM_PATH` wins. */
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/**
 * Flags for a headless Chromium on a closed network: no sandbox as root, and no background
 * fetches that would wait on hosts this machine cannot reach.
 */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The Chromium executable to drive, or undefined if none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return candidates.find((c) => existsSync(c));
}

function isDebianRoot(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Finds Chromium, installing Debian's package when running as root on Debian (as
 * Playwright's `--with-deps` does). Otherwise it throws with exact instructions.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (isDebianRoot()) {
    log('Chromium not found: installing Debian package "chromium" with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
    const installed = findChromium();
    if (installed) return installed;
  }
  const distro = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  throw new Error(
    [
      `No Chromium found (looked at ${candidates.join(', ')}${distro ? ` on ${distro}` : ''}).`,
      'The browser tests and the accessibility audit drive a system Chromium; they never download one.',
      'Install it, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Fedora:         sudo dnf install chromium',
      '  macOS:          brew install --cask chromium',
      'Or point CHROMIUM_PATH at an existing Chromium or Chrome executable.',
    ].join('\n'),
  );
}
