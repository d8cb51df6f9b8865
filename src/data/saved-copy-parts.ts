/**
 * The saved copy crosses to the data worker in parts: at 10,000 feeds its text is tens of MB, and
 * posting all of it on every save costs the page a long task each time. The page sends each
 * document's JSON once (and again only when it changed); the worker keeps the parts and writes
 * the whole text.
 */

/** One saved document's JSON, by its query hash. */
export interface SavedPart {
  id: string;
  json: string;
}

/** What one save sends: every document in order, and the JSON of those the worker lacks. */
export interface PartsUpdate {
  order: string[];
  changed: [id: string, json: string][];
}

/** The saved copy's text: its head (up to the queries' opening bracket), then the documents. */
export function joinSaved(head: string, jsons: readonly string[]): string {
  return `${head}${jsons.join(',')}]}}`;
}

/**
 * `changed` cut into messages of at most `maxChars` characters of JSON (a larger part goes alone),
 * in order. Posting a message copies its text on the page, 10–20 ms a million characters here, so
 * a save of thousands of new documents crosses in several short tasks.
 */
export function inMessages(
  changed: PartsUpdate['changed'],
  maxChars: number,
): PartsUpdate['changed'][] {
  const messages: PartsUpdate['changed'][] = [];
  let message: PartsUpdate['changed'] = [];
  let chars = 0;
  for (const part of changed) {
    if (message.length > 0 && chars + part[1].length > maxChars) {
      messages.push(message);
      message = [];
      chars = 0;
    }
    message.push(part);
    chars += part[1].length;
  }
  if (message.length > 0) messages.push(message);
  return messages;
}

/** The page's side: the parts the worker was sent, so that only changes cross again. */
export class SentParts {
  #sent = new Map<string, string>();

  update(parts: readonly SavedPart[]): PartsUpdate {
    const changed: [string, string][] = [];
    for (const p of parts) if (this.#sent.get(p.id) !== p.json) changed.push([p.id, p.json]);
    this.#sent = new Map(parts.map((p) => [p.id, p.json]));
    return { order: parts.map((p) => p.id), changed };
  }

  /** The worker's copy is gone or out of step: the next save sends every part. */
  reset(): void {
    this.#sent = new Map();
  }
}

/** The worker's side: the parts of the saved copy, kept up to date by each save's changes. */
export class HeldParts {
  #held = new Map<string, string>();

  /** Parts sent ahead of the update that lists them (a large save crosses in several messages). */
  add(changed: PartsUpdate['changed']): void {
    for (const [id, json] of changed) this.#held.set(id, json);
  }

  /** The whole text after this update, or null when a part was never sent (nothing is written). */
  apply(head: string, update: PartsUpdate): string | null {
    this.add(update.changed);
    const jsons: string[] = [];
    for (const id of update.order) {
      const json = this.#held.get(id);
      if (json === undefined) {
        this.#held.clear();
        return null;
      }
      jsons.push(json);
    }
    this.#held = new Map(update.order.map((id, i) => [id, jsons[i]!]));
    return joinSaved(head, jsons);
  }
}
