/**
 * smenso's write envelopes carry a Windows time-zone ID ("W. Europe Standard Time"), while n8n
 * workflows use IANA names. The table is generated from the Unicode CLDR data (`npm run zones`);
 * a zone CLDR gives no Windows ID sends no timezoneId, so the workspace default applies.
 */
import { WINDOWS_ZONES } from './windowsZones.generated';

/** The Windows ID for UTC, for callers that need some zone rather than none. */
export const FALLBACK_WINDOWS_ZONE = 'UTC';

// A Map, so names like "constructor" never hit Object.prototype; lower-cased keys, because
// Intl and Luxon accept "europe/berlin" just as well.
const BY_LOWER_CASE_NAME = new Map(
	Object.entries(WINDOWS_ZONES).map(([iana, windows]) => [iana.toLowerCase(), windows]),
);

export function windowsZoneFor(ianaZone: string): string | undefined {
	return BY_LOWER_CASE_NAME.get(ianaZone.toLowerCase());
}
