import { readFileSync } from 'node:fs';
import { FALLBACK_WINDOWS_ZONE, windowsZoneFor } from '../../nodes/Smenso/shared/timezones';
import { WINDOWS_ZONES } from '../../nodes/Smenso/shared/windowsZones.generated';
import { generatedFile, OUTPUT } from '../../dev/windowsZones';

// IANA zones CLDR maps to no Windows zone: Troll (Antarctica) switches between UTC+0 and UTC+2.
const NO_WINDOWS_ID = ['Antarctica/Troll'];

describe('smenso time zones (IANA → Windows)', () => {
	test.each([
		['Pacific/Honolulu', 'Hawaiian Standard Time'],
		['America/Anchorage', 'Alaskan Standard Time'],
		['Europe/Berlin', 'W. Europe Standard Time'],
		// In a CLDR list that ends with a space.
		['America/Chihuahua', 'Central Standard Time (Mexico)'],
		['Asia/Calcutta', 'India Standard Time'],
		['Asia/Kolkata', 'India Standard Time'],
		['Europe/Kyiv', 'FLE Standard Time'],
		['US/Hawaii', 'Hawaiian Standard Time'],
		['UTC', 'UTC'],
		['Etc/UTC', 'UTC'],
		['Etc/GMT', 'UTC'],
		['GMT', 'UTC'],
		['Etc/GMT+10', 'Hawaiian Standard Time'],
		['europe/berlin', 'W. Europe Standard Time'],
	])('%s → %s', (iana, windows) => {
		expect(windowsZoneFor(iana)).toBe(windows);
	});

	test('unknown names and Object.prototype keys map to nothing', () => {
		expect(windowsZoneFor('Mars/Olympus_Mons')).toBeUndefined();
		expect(windowsZoneFor('constructor')).toBeUndefined();
		expect(windowsZoneFor('')).toBeUndefined();
		expect(windowsZoneFor('Antarctica/Troll')).toBeUndefined();
		expect(FALLBACK_WINDOWS_ZONE).toBe('UTC');
		expect(Object.values(WINDOWS_ZONES)).toContain(FALLBACK_WINDOWS_ZONE);
	});

	test('every time zone this Node knows maps, except the few CLDR gives no Windows ID', () => {
		const zones = Intl.supportedValuesOf('timeZone');
		const missing = zones.filter((zone) => windowsZoneFor(zone) === undefined);
		expect(missing).toEqual(NO_WINDOWS_ID);
		expect(NO_WINDOWS_ID.length).toBeLessThanOrEqual(3);
	});

	test('the generated table matches the installed CLDR packages (run `npm run zones` to refresh it)', () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(generatedFile());
		expect(Object.keys(WINDOWS_ZONES)).toEqual(Object.keys(WINDOWS_ZONES).sort());
	});
});
