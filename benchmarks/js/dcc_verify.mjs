// The DCC / Digital Bazaar verifier on the same credentials as benchmarks/bench_verify.py.
//
//   node --import tests/interop/js/no-network.mjs benchmarks/js/dcc_verify.mjs CRED.json RUNS
//
// Run from .cache/interop-node, where tests/interop installs the packages (pinned lock file).
// Prints {"median_ms": ..., "verified": ...}. The document loader is the DCC's own, built as
// VerifierPlus (verifier-core) builds it: @digitalcredentials/security-document-loader as
// published, with its bundled contexts and did:key resolver. Nothing of Learner Wallet's is used.
import fs from 'node:fs';

import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';
import {securityLoader} from '@digitalcredentials/security-document-loader';

const documentLoader = securityLoader({fetchRemoteContexts: true}).build();
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
