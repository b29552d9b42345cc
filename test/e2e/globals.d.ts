/* Extension globals inside page.evaluate() callbacks, which run in the browser, not in node. */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const chrome: any;
declare const browser: any;
