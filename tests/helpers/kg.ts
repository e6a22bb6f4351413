// Runs the kg CLI from source (tsx), as `kg` would from dist: `tsx tests/helpers/kg.ts ARGS…`.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
