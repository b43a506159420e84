// jest project `smenso-sync`: the sandbox answers single-item smenso writes synchronously.
process.env.SANDBOX_SMENSO_WRITES = 'sync';
