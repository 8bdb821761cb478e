// Table rows for lists that fill one slot of a built pattern: each entry's simplest text is put into
// a carrier ("how {} is it"), which the pattern must match, while the carrier with a made-up word in
// that slot must not: the entry is what makes it match.
import { describe, expect, it } from 'vitest';
import { simplest } from './simplest.js';

/** A list, the pattern built from it, and a carrier text with `{}` where an entry goes. */
export interface Slot {
  list: readonly string[];
  pattern: RegExp;
  carrier: string;
  /** For an optional slot (the carrier matches without it): the entry must be inside the match. */
  optional?: boolean;
}

const NONSENSE = 'zzz';

/** One row per entry: `[list name, entry, example text, slot]`. */
export function slotRows(slots: Record<string, Slot>): (readonly [string, string, string, Slot])[] {
  return Object.entries(slots).flatMap(([name, slot]) =>
    slot.list.map((entry) => [name, entry, slot.carrier.replace('{}', simplest(entry)), slot] as const),
  );
}

/** Asserts that the example matches because of its entry. */
export function expectEntryMatters(slot: Slot, entry: string, text: string): void {
  const without = slot.carrier.replace('{}', NONSENSE);
  if (slot.optional === true) {
    expect(slot.pattern.exec(text)?.[0]).toContain(simplest(entry));
    expect(slot.pattern.exec(without)?.[0] ?? '').not.toContain(NONSENSE);
  } else {
    expect(slot.pattern.test(text)).toBe(true);
    expect(slot.pattern.test(without)).toBe(false);
  }
}

/** A describe block with one row per entry of every slot. */
export function describeEntryRows(title: string, slots: Record<string, Slot>): void {
  describe(title, () => {
    it.each(slotRows(slots))('%s: %s (e.g. "%s")', (_name, entry, text, slot) => {
      expectEntryMatters(slot, entry, text);
    });
  });
}
