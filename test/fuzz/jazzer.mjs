#!/usr/bin/env node
/**
 * Runs the Jazzer.js CLI in this process, after installing the native addon fallback (addon.mjs).
 * Started as `node --import tsx test/fuzz/jazzer.mjs <jazzer arguments>`: tsx turns the targets
 * and src/ into JavaScript, and Jazzer's own ESM loader hook, registered after tsx's and so run
 * before it, instruments what tsx returns.
 */
import { createRequire } from "node:module";
import { installAddonFallback } from "./addon.mjs";

installAddonFallback();
createRequire(import.meta.url)("@jazzer.js/core/dist/cli.js");
