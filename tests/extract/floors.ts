// Quality floors as stored figures (tests/extract/floors/*.json), ratcheted: a measured figure more than
// one point (0.01) below its floor fails; a figure above it is reported, and `npm run ratchet` (RATCHET=1)
// writes the higher figures back, so that the floors follow the extractor up and never down.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How far below its floor a figure may fall before the test fails: one point. */
export const TOLERANCE = 0.01;

export type Figures = Record<string, number>;

const fileOf = (suite: string): string => join(import.meta.dirname, 'floors', `${suite}.json`);

export function readFloors(suite: string): Figures {
  return JSON.parse(readFileSync(fileOf(suite), 'utf8')) as Figures;
}

/** Figures more than TOLERANCE below their floor, as readable lines (empty when none dropped). */
export function drops(floors: Figures, measured: Figures): string[] {
  return Object.entries(floors)
    .filter(([name, floor]) => (measured[name] ?? 0) < floor - TOLERANCE)
    .map(([name, floor]) => `${name}: ${(measured[name] ?? 0).toFixed(3)} is more than one point below its floor ${floor}`);
}

/** With RATCHET=1, raises the stored floors to the measured figures where these are higher (3 decimals, rounded down). */
export function ratchet(suite: string, floors: Figures, measured: Figures): Figures {
  const raised = Object.fromEntries(Object.entries(floors).map(([name, floor]) => [name, Math.max(floor, Math.floor((measured[name] ?? 0) * 1000) / 1000)]));
  const changed = Object.keys(floors).filter((name) => raised[name] !== floors[name]);
  if (changed.length > 0) {
    const note = changed.map((name) => `${name} ${floors[name]} → ${raised[name]}`).join(', ');
    if (process.env.RATCHET === '1') {
      writeFileSync(fileOf(suite), JSON.stringify(raised, null, 2) + '\n');
      console.log(`${suite} floors raised: ${note}`);
    } else {
      console.log(`${suite} figures above their floors (${note}); run npm run ratchet to raise them`);
    }
  }
  return raised;
}
