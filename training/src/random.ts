// Seeded randomness for training: the project's mulberry32 generator plus a Fisher–Yates shuffle.
import { seededRandom, type Random } from '../../src/graph/interop.js';

export { seededRandom, type Random };

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
