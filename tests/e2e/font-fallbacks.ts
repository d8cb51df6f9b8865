import type { Page } from '@playwright/test';

/** The family of the page's own typeface: every character on screen should come from it. */
const PAGE_FONT = 'Be Vietnam Pro';

/**
 * Each element whose own text (or ::before / ::after) Chromium drew with a font other than the
 * page's, as "family: outerHTML…": a character the page's font lacks is drawn in whatever font the
 * machine has, or as a box. None, when the page's font drew everything.
 */
export async function fontFallbacks(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const nodes: number[] = [];
    const walk = (node: typeof root) => {
      const text = node.children?.some((c) => c.nodeType === 3 && c.nodeValue.trim() !== '');
      if (node.pseudoType !== undefined || text) nodes.push(node.nodeId);
      for (const child of [...(node.pseudoElements ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(root);
    const fallbacks = new Set<string>();
    for (const nodeId of nodes) {
      // A node gone since the document was read (a status that changed) is drawn no more.
      const fonts = await cdp
        .send('CSS.getPlatformFontsForNode', { nodeId })
        .then((r) => r.fonts)
        .catch((error: Error) => {
          if (/Could not find node/.test(error.message)) return [];
          throw error;
        });
      for (const font of fonts)
        if (font.familyName !== PAGE_FONT) {
          const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
          fallbacks.add(`${font.familyName}: ${outerHTML.slice(0, 120)}`);
        }
    }
    return [...fallbacks];
  } finally {
    await cdp.detach();
  }
}
