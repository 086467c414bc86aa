// `npm run docs:api`: regenerates the error codes and limits of docs/api.md from src/server/error-codes.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { withErrorCodes } from '../src/server/error-codes.js';

const path = new URL('../docs/api.md', import.meta.url);
writeFileSync(path, withErrorCodes(readFileSync(path, 'utf8')));
