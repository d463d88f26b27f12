/** Child entry: ensureBuild() with its output on stderr, so the bench's stdout stays JSON lines. */
import { ensureBuild } from '../lib/ensure-build';

ensureBuild();
