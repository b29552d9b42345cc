import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 30_000,
          // The badge's style is imported as text (`?inline`): tests check it reaches the badge.
          css: { include: [/badge\.css/] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Real browsers: one at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
