/** `npm run zones`: rewrites the Windows time-zone table (dev/windowsZones.ts). */
import { writeFileSync } from 'node:fs';
import { generatedFile, OUTPUT } from '../dev/windowsZones';

writeFileSync(OUTPUT, generatedFile());
