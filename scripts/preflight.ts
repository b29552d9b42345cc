/** Run before `npm test`: stops at once, in one line, when a browser the tests drive is missing. */
import { missingBrowsers, missingBrowsersMessage } from './browsers';

const missing = missingBrowsers();
if (missing.length > 0) {
  console.error(missingBrowsersMessage(missing));
  process.exit(1);
}
