// Versions that travel with exports and snapshots.

/** The app's version. */
export const APP_VERSION = '0.1.0';
/** The graph schema's version: bumped when labels, relationship types or properties change. */
export const SCHEMA_VERSION = 1;
