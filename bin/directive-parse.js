#!/usr/bin/env node
// Thin launcher: the compiled CLI, bundled into dist/bundle/ (built by `npm install` via the prepare
// script; scripts/bundle.mjs says why it is bundled).
import { main } from '../dist/bundle/main.js';

main();
