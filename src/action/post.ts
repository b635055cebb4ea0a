import { runPost } from "./finish.js";

process.exit(await runPost());
