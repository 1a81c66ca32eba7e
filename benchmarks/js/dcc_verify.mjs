// The DCC / Digital Bazaar verifier on the same credentials as benchmarks/bench_verify.py.
//
//   node --import tests/interop/js/no-network.mjs benchmarks/js/dcc_verify.mjs CRED.json RUNS
//
// Run from .cache/interop-node (where tests/interop installs the packages) via NODE_PATH.
// Prints {"median_ms": ..., "verified": ...}. Contexts come from the wallet's pinned folder
// (LW_CONTEXTS), did:key documents from the did:key driver; nothing else is loaded.
import fs from 'node:fs';
import path from 'node:path';

import * as vc from '@digitalcredentials/vc';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import * as didKey from '@digitalcredentials/did-method-key';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';

const folder = process.env.LW_CONTEXTS;
const index = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8'));
const contexts = new Map(Object.entries(index).map(
  ([url, file]) => [url, JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))]));
const driver = didKey.driver();
driver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await driver.get({url})};
  }
  throw new Error(`refused ${url}`);
}

const suite = [new Ed25519Signature2020(), new DataIntegrityProof({cryptosuite: eddsaRdfc2022})];
const credential = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const runs = Number(process.argv[3] || 200);
let verified = true;
for(let i = 0; i < 20; i++) {
  await vc.verifyCredential({credential, suite, documentLoader});
}
const samples = [];
for(let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  const result = await vc.verifyCredential({credential, suite, documentLoader});
  samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  verified = verified && result.verified;
}
samples.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({median_ms: samples[Math.floor(runs / 2)], verified}) + '\n');
