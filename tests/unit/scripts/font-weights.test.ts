import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under `dir` whose name ends with one of `endings`. */
function filesIn(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((end) => name.endsWith(end)))
    .map((name) => join(dir, name));
}

/** The weights of Be Vietnam Pro the page loads (src/main.tsx imports one stylesheet per face). */
function loadedWeights(): Set<string> {
  const main = readFileSync('src/main.tsx', 'utf8');
  return new Set(
    [...main.matchAll(/@fontsource\/be-vietnam-pro\/\w+-(\d{3})\.css/g)].map((m) => m[1]!),
  );
}

describe('font weights', () => {
  it('the page loads regular and bold, in both scripts of Vietnamese text', () => {
    const main = readFileSync('src/main.tsx', 'utf8');
    expect([...loadedWeights()].sort()).toEqual(['400', '700']);
    for (const weight of ['400', '700'])
      for (const subset of ['latin', 'vietnamese'])
        expect(main).toContain(`@fontsource/be-vietnam-pro/${subset}-${weight}.css`);
  });

  it('no style asks for a weight the page does not load (the browser would draw another)', () => {
    const loaded = loadedWeights();
    const asked: string[] = [];
    for (const file of filesIn('src', ['.css', '.ts', '.tsx'])) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/font-?weight["'=:{\s]+(\d{3})\b/gi))
        if (!loaded.has(m[1]!)) asked.push(`${file}: ${m[1]}`);
    }
    expect(asked).toEqual([]);
  });
});
