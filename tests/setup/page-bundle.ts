// Builds the page's browser bundle (dist/page/viewer.js) before the tests, so they always test the
// current client code rather than whatever `npm run build` left behind.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-page.mjs'], { stdio: 'inherit' });
}
