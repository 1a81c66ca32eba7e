// Status list credentials issued by the DCC stack, for the wallet's status tests.
//
//   node --import ./no-network.mjs status-lists.mjs  < request.json  > result.json
//
// request: {issuerSeed: hex, lists: [{kind: "bitstring"|"statuslist2021", id, purpose,
//           set: [index...], validUntil?}]}
// result:  {issuer: did, lists: [signed credential...]}
// The document loader serves only the wallet's pinned contexts (LW_CONTEXTS) and did:key.
import fs from 'node:fs';
import path from 'node:path';

import * as vc from '@digitalcredentials/vc';
import * as bsl from '@digitalcredentials/vc-bitstring-status-list';
import * as sl2021 from '@digitalcredentials/vc-status-list';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';
import {Ed25519VerificationKey2020} from '@digitalcredentials/ed25519-verification-key-2020';

console.log = (...args) => console.error(...args);

const folder = process.env.LW_CONTEXTS;
const index = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8'));
const CONTEXTS = new Map(Object.entries(index).map(
  ([url, file]) => [url, JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))]));

async function documentLoader(url) {
  if(CONTEXTS.has(url)) {
    return {contextUrl: null, documentUrl: url, document: CONTEXTS.get(url)};
  }
  throw new Error(`document loader refused ${url}: not a pinned context`);
}

async function keys(seedHex) {
  const seed = Uint8Array.from(Buffer.from(seedHex, 'hex'));
  const multikey = await Ed25519Multikey.generate({seed});
  const did = `did:key:${multikey.publicKeyMultibase}`;
  multikey.controller = did;
  multikey.id = `${did}#${multikey.publicKeyMultibase}`;
  const key2020 = await Ed25519VerificationKey2020.generate({seed, controller: did});
  key2020.id = multikey.id;
  return {did, multikey, key2020};
}

async function makeList(spec, issuer) {
  const library = spec.kind === 'bitstring' ? bsl : sl2021;
  const list = await library.createList({length: 131072});
  for(const position of spec.set) {
    list.setStatus(position, true);
  }
  const credential = await library.createCredential(
    {id: spec.id, list, statusPurpose: spec.purpose});
  credential.issuer = issuer.did;
  let suite;
  if(spec.kind === 'bitstring') {
    credential.validFrom = '2024-01-01T00:00:00Z';
    if(spec.validUntil) {
      credential.validUntil = spec.validUntil;
    }
    suite = new DataIntegrityProof({
      signer: issuer.multikey.signer(), cryptosuite: eddsaRdfc2022, date: '2024-01-01T00:00:00Z'
    });
  } else {
    credential['@context'].push('https://w3id.org/security/suites/ed25519-2020/v1');
    credential.issuanceDate = '2024-01-01T00:00:00Z';
    if(spec.validUntil) {
      credential.expirationDate = spec.validUntil;
    }
    suite = new Ed25519Signature2020({key: issuer.key2020, date: '2024-01-01T00:00:00Z'});
  }
  return vc.issue({credential, suite, documentLoader});
}

const request = JSON.parse(fs.readFileSync(0, 'utf8'));
const issuer = await keys(request.issuerSeed);
const lists = [];
for(const spec of request.lists) {
  lists.push(await makeList(spec, issuer));
}
process.stdout.write(JSON.stringify({issuer: issuer.did, lists}));
