import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests start local servers and child processes; keep them from starving each other on small machines.
    maxWorkers: 2,
  },
});
