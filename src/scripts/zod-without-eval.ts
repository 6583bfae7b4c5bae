/**
 * Zod compiles fast object parsers with `new Function` where a page allows
 * it, and finds out by trying once, when the first object schema is built.
 * The site's Content-Security-Policy has no `'unsafe-eval'`, so the browser
 * refuses the try and reports it as a violation, although Zod then parses
 * the same way without it. Switching the compiler off first keeps the page
 * free of violations, so that a real one stands out. Import this module
 * before anything that builds a schema.
 */
import { config } from 'zod';

config({ jitless: true });
