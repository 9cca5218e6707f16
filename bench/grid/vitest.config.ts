import { defineConfig } from 'vitest/config';
import { workerdPlugin } from '../../vitest.worker.config';

// Part (a) and (b) of `npm run bench:grid`: run inside workerd with the real migrations, like
// the worker tests, but only the benchmark file.
export default defineConfig(async () => ({
  plugins: [await workerdPlugin()],
  test: {
    include: ['bench/grid/*.wbench.ts'],
    setupFiles: ['./worker/test/setup.ts'],
    testTimeout: 600_000,
  },
}));
