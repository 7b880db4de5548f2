import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure rules and host logic, beside the sources or in
 * tests/unit), `integration` (the backend on real temp SQLite files) and
 * `e2e` (headless Chromium driving the built app through the browser host).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src-shared/**/*.test.ts',
            'src-main/**/*.test.ts',
            'src-renderer/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each test starts its own host and browser; two cores only.
          fileParallelism: false,
        },
      },
    ],
  },
});
