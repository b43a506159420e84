/**
 * The sandbox as a test file uses it: started once before the file's tests, closed after them,
 * and put back into a known state before each test.
 */
import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { writeModeFromEnv, type WriteMode } from '../sandbox/smenso/state';

/**
 * How the sandbox answers smenso writes in this run (jest project `smenso-sync` sets `sync`):
 * tests that assert ticket polls or ticket IDs read it instead of assuming one reading.
 */
export const WRITE_MODE = writeModeFromEnv();

/** No recorded requests or injected faults. */
export function forgetRequests(sandbox: ResourcePlanningSandbox): void {
	sandbox.clearRequests();
	sandbox.clearFaults();
}

/** No recorded requests or faults, smenso writes answered in `mode` with the envelope shape. */
export function resetSandbox(sandbox: ResourcePlanningSandbox, mode: WriteMode = WRITE_MODE): void {
	forgetRequests(sandbox);
	sandbox.smenso.writeMode = mode;
	sandbox.smenso.syncShape = 'envelope';
	sandbox.smenso.taskDueField = 'dueDate';
}

export interface UseSandboxOptions {
	/** Runs once, right after the sandbox started: records this file adds to the seed. */
	seed?: (sandbox: ResourcePlanningSandbox) => void;
	/**
	 * Before each test: `requests` (the default) forgets requests and faults, `smenso` also puts
	 * smenso's write answers back to this run's mode (resetSandbox); a function does its own.
	 */
	reset?: 'requests' | 'smenso' | ((sandbox: ResourcePlanningSandbox) => void);
}

/**
 * Registers the sandbox's beforeAll, afterAll and beforeEach in the calling file (or describe
 * block) and returns the sandbox. The value stands for the sandbox the hooks start: read it
 * inside tests and hooks, not while the file is being loaded.
 */
export function useSandbox(options: UseSandboxOptions = {}): ResourcePlanningSandbox {
	let current: ResourcePlanningSandbox | undefined;
	const reset =
		options.reset === 'smenso'
			? resetSandbox
			: options.reset === undefined || options.reset === 'requests'
				? forgetRequests
				: options.reset;
	beforeAll(async () => {
		current = await startSandbox();
		options.seed?.(current);
	});
	afterAll(async () => await current?.close());
	beforeEach(() => reset(started()));

	function started(): ResourcePlanningSandbox {
		if (!current)
			throw new Error('The sandbox is used before useSandbox() started it (in beforeAll)');
		return current;
	}
	// Tests only read properties of the sandbox (and call its methods), so `get` is all it needs.
	return new Proxy({} as ResourcePlanningSandbox, {
		get: (_target, key) => Reflect.get(started(), key),
	});
}
