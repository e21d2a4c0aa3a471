import { run } from './action/main.js';

// The action's entry point: everything happens in run().
void run();
