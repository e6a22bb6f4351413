// Run before `npm test`: the page tests drive Debian's Chromium, so a machine without it gets it here
// (scripts/install-chromium.sh, apt) when this user may install packages: as root, or with sudo that
// asks no password. Otherwise it says what to run, and the page tests fail with the same instruction.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (root || sudo) {
    console.log(`${CHROMIUM} is missing: installing Debian's chromium for the page tests (scripts/install-chromium.sh)`);
    execFileSync('bash', ['scripts/install-chromium.sh'], { stdio: 'inherit' });
  } else {
    console.warn(`${CHROMIUM} is missing and this user cannot install packages: run \`sudo bash scripts/install-chromium.sh\` once; the page tests fail until then.`);
  }
}
