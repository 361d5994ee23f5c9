#!/usr/bin/env node
// The CLI runs Attain's TypeScript sources directly through tsx: no build step between a change and a run.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
