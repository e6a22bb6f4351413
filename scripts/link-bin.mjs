#!/usr/bin/env node
// npm links the bins of dependencies into node_modules/.bin, but not the project's own. Linking `kg`
// there too lets package scripts, tests and tools call `node_modules/.bin/kg` as users call `npx kg`.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/kg', { force: true });
symlinkSync('../../bin/kg.js', 'node_modules/.bin/kg');
