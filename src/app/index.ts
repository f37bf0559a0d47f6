/** The App's entry: the server, or (started by the server with READINESS_APP_ROLE=assess) one isolated assessment. */
import { ROLE_VARIABLE } from "./isolation.js";

if (process.env[ROLE_VARIABLE] === "assess") {
  const { serveOneAssessment } = await import("./assess-child.js");
  serveOneAssessment();
} else {
  const { main } = await import("./main.js");
  main().catch((e: unknown) => {
    console.error(`readiness-gate app: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
