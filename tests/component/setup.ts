import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens render a new picture of the data as a transition, in slices; on a loaded 2-core CI
// machine the first full picture can take longer than Testing Library's default 1 s to appear.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
