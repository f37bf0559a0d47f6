import { run } from "./run.js";

// Entry file: no logic here (see src/action/run.ts).
void run();
