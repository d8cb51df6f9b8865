import type { Plugin, Rollup } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 on): a file that starts with this comment has all its
 * functions compiled eagerly, on a background thread while it streams in, instead of each one on
 * the main thread the first time it runs (https://v8.dev/blog/explicit-compile-hints). Other
 * engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entry chunks and every chunk they import statically: what index.html loads. */
function firstScreenChunks(bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const file of Object.values(bundle))
    if (file.type === 'chunk') chunks.set(file.fileName, file);
  const found = new Set<Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || found.has(chunk)) return;
    found.add(chunk);
    for (const name of chunk.imports) visit(chunks.get(name));
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  return [...found];
}

/**
 * Puts the hint at the top of the first screen's chunks. Lazy chunks stay lazily compiled: most
 * of their functions never run on a given visit. The hint must be the file's first line, so it
 * goes in last, after Vite has put its preload map at the top of the entry (a source map, if one
 * is ever built, would be a line out).
 */
export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of firstScreenChunks(bundle))
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
