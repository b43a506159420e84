import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
	if (process.env.N8N_E2E_PACK_DIR)
		fs.rmSync(process.env.N8N_E2E_PACK_DIR, { recursive: true, force: true });
}
