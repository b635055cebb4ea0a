import { runMain } from "./start.js";

process.exit(await runMain());
