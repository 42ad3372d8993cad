// The program's entry point (bundled by scripts/bundle.js); main.ts stays importable for tests.
import { run } from './main.js';

void run();
