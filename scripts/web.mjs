import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './ensure-build.mjs';

/**
 * `npm run web -- [--data-dir DIR] [--port N]`: builds if needed, then runs
 * the browser host in this process; it reads the arguments from process.argv
 * and prints `CRM ready at <url>`.
 */
ensureBuilt();
await import(pathToFileURL(join(ROOT, 'out/main/web.js')).href);
