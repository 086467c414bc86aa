// `npm run eval:models [-- --corpora DIR --models DIR]`: UPOS/XPOS accuracy, UAS/LAS (CoNLL 2018
// definitions, predicted tags) and exact-span entity P/R/F1 per type on every dev/test split.
import { resolve } from 'node:path';
import { DEFAULT_MODEL_DIR, loadModels } from '../../src/nlp/models.js';
import { evaluateAll } from './evaluate.js';

let corpora = '../shared/corpora';
let models = DEFAULT_MODEL_DIR;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--corpora') corpora = argv[++i];
  else if (argv[i] === '--models') models = argv[++i];
  else { process.stderr.write(`eval:models: unknown option "${argv[i]}" (--corpora DIR --models DIR)\n`); process.exit(1); }
}
try {
  process.stdout.write(`${evaluateAll(resolve(corpora), loadModels(resolve(models)))}\n`);
} catch (error) {
  process.stderr.write(`eval:models: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
