var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/action/run.ts
/** The GitHub Action adapter (filled in by the Action work). */
async function run() { }

;// CONCATENATED MODULE: ./src/action/index.ts

// Entry file: no logic here (see src/action/run.ts).
void run();

