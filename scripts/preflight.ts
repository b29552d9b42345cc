/**
 * Run before `npm test`: stops at once, in one line, when something the tests need is missing — a browser the
 * real-browser tests drive, or the real saved store pages the store tests read.
 */
import { missingBrowsers, missingBrowsersMessage } from './browsers';
import { hasRealworldPages, missingRealworldMessage, realworldDir } from './realworld';

const missing = missingBrowsers();
if (missing.length > 0) {
  console.error(missingBrowsersMessage(missing));
  process.exit(1);
}
const pages = realworldDir();
if (!hasRealworldPages(pages)) {
  console.error(missingRealworldMessage(pages));
  process.exit(1);
}
