import { actionsHost } from "./host.js";
import { runPost } from "./post-step.js";

// Entry of the `post:` step: no logic here (see src/action/post-step.ts).
void runPost(actionsHost());
