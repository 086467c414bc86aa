// `newsgraph serve` option parsing: sizes and ports.
import { describe, expect, it } from 'vitest';
import { parsePort, parseSize } from '../../src/cli/serve.js';

describe('serve options', () => {
  it('reads sizes with units, 1024-based, and refuses what is not a size', () => {
    expect(parseSize('5mb')).toBe(5 * 1024 * 1024);
    expect(parseSize('200KB')).toBe(200 * 1024);
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('1.5mb')).toBe(1572864);
    for (const bad of ['lots', '-3kb', '']) expect(() => parseSize(bad), bad).toThrow(/not a size/);
  });

  it('reads ports from 0 to 65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort(undefined)).toBe(3000);
    for (const bad of ['65536', '-1', 'http', '80.5']) expect(() => parsePort(bad), bad).toThrow(/not a port/);
  });
});
