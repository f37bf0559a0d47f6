/**
 * State names shared by the main step and the `post:` step (core.saveState / core.getState), in a module of their
 * own so that the main step does not load the post step's GitHub client at start-up.
 */
export const OPEN_CHECK_RUN = "check-run";
export const CHECK_RUN_CLOSED = "check-run-closed";
