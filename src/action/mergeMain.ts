import { runMerge } from "./merge.js";

process.exit(await runMerge());
