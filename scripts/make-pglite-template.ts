// Run by the build step (scripts/lib/ensure-build.ts): see db/pglite-template.ts.
import { PGLITE_TEMPLATE, writePgliteTemplate } from '../db/pglite-template';

await writePgliteTemplate();
console.log(`[kooperacja] embedded database template written to ${PGLITE_TEMPLATE}`);
