import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Tests never depend on the machine's zone; the app formats dates in Asia/Ho_Chi_Minh explicitly.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
