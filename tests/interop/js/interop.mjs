// Learner Wallet interoperability driver: the DCC / Digital Bazaar stack on the other side.
//
//   node --import ./no-network.mjs interop.mjs COMMAND  < request.json  > result.json
//
// COMMAND is one of verify-vc, verify-core, issue, vpqr-encode, vpqr-decode, cborld-encode and
// loader-contexts (see below). Every command uses the DCC's own document loader, built as
// Learner Credential Wallet and VerifierPlus build it: @digitalcredentials/security-document-loader
// as published, with its bundled contexts and did:key / did:web resolvers. Nothing of Learner
// Wallet's is handed to it. Remote contexts would be fetched, as in those apps; no-network.mjs
// makes any such fetch fail loudly instead.
import fs from 'node:fs';

import * as vc from '@digitalcredentials/vc';
import * as vpqr from '@digitalcredentials/vpqr';
import * as cborld from '@digitalcredentials/cborld';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import jsigs from '@digitalcredentials/jsonld-signatures';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';
import {Ed25519VerificationKey2020} from '@digitalcredentials/ed25519-verification-key-2020';
import {securityLoader} from '@digitalcredentials/security-document-loader';

const {purposes: {AssertionProofPurpose, AuthenticationProofPurpose}} = jsigs;

// Standard output carries the JSON result only; the libraries' own logging goes to stderr.
console.log = (...args) => console.error(...args);

// As Learner Credential Wallet (credentialsFromVpqr) and verifier-core (Verify.ts) build it.
const dccLoader = securityLoader({fetchRemoteContexts: true});
const documentLoader = dccLoader.build();

const verifySuites = [
  new Ed25519Signature2020(),
  new DataIntegrityProof({cryptosuite: eddsaRdfc2022})
];

function errorText(error) {
  if(!error) {
    return null;
  }
  const inner = error.errors ? error.errors.map(errorText).join('; ') : '';
  return `${error.name || 'Error'}: ${error.message || ''}${inner ? ` (${inner})` : ''}`;
}

// {presentation, challenge, domain, purpose: "authentication"|"assertionMethod"}
async function verifyWithVc({presentation, challenge, domain, purpose}) {
  const presentationPurpose = purpose === 'assertionMethod' ?
    new AssertionProofPurpose() :
    new AuthenticationProofPurpose({challenge, domain});
  const result = await vc.verify({
    presentation, presentationPurpose, suite: verifySuites, documentLoader, challenge
  });
  return {
    verified: result.verified,
    presentationVerified: Boolean(result.presentationResult?.verified),
    credentials: (result.credentialResults || []).map(r => ({
      verified: r.verified, error: errorText(r.error)
    })),
    error: errorText(result.error || result.presentationResult?.error)
  };
}

// {presentation, challenge} or {credential}: verifier-core, exactly as VerifierPlus calls it.
async function verifyWithCore({presentation, credential, challenge}) {
  const core = await import('@digitalcredentials/verifier-core');
  if(credential) {
    const result = await core.verifyCredential({credential, knownDIDRegistries: []});
    return {credential: summariseCore(result)};
  }
  const result = await core.verifyPresentation({
    presentation, challenge, knownDIDRegistries: []
  });
  if(result.errors) {
    return {errors: result.errors.map(e => `${e.name}: ${e.message} ${e.stackTrace ?? ''}`)};
  }
  return {
    signature: result.presentationResult.signature,
    presentationErrors: (result.presentationResult.errors || []).map(e => String(e.message)),
    credentials: result.credentialResults.map(summariseCore)
  };
}

function summariseCore(result) {
  return {
    errors: (result.errors || []).map(e => `${e.name}: ${e.message}`),
    log: (result.log || []).map(step => ({id: step.id, valid: step.valid ?? null,
      error: step.error ? `${step.error.name}: ${step.error.message}` : null}))
  };
}

async function keysFromSeed(seedHex) {
  const seed = Uint8Array.from(Buffer.from(seedHex, 'hex'));
  const multikey = await Ed25519Multikey.generate({seed});
  const did = `did:key:${multikey.publicKeyMultibase}`;
  multikey.controller = did;
  multikey.id = `${did}#${multikey.publicKeyMultibase}`;
  const key2020 = await Ed25519VerificationKey2020.generate({seed, controller: did});
  key2020.id = multikey.id;
  return {did, multikey, key2020};
}

function signingSuite(suite, keys, date) {
  if(suite === 'Ed25519Signature2020') {
    return new Ed25519Signature2020({key: keys.key2020, date});
  }
  return new DataIntegrityProof({signer: keys.multikey.signer(), cryptosuite: eddsaRdfc2022, date});
}

// {credential, issuerSeed, holderSeed, suite, challenge, domain}: the DCC stack issues the
// credential, then wraps it in a presentation signed by the holder.
async function issue({credential, issuerSeed, holderSeed, suite, challenge, domain}) {
  const issuer = await keysFromSeed(issuerSeed);
  const holder = await keysFromSeed(holderSeed);
  const unsigned = structuredClone(credential);
  unsigned.issuer = {...(typeof unsigned.issuer === 'object' ? unsigned.issuer : {}), id: issuer.did};
  unsigned.credentialSubject = {...unsigned.credentialSubject, id: holder.did};
  const signed = await vc.issue({
    credential: unsigned, suite: signingSuite(suite, issuer), documentLoader
  });
  const presentation = vc.createPresentation({verifiableCredential: [signed], holder: holder.did});
  if(suite === 'Ed25519Signature2020') {
    presentation['@context'].push('https://w3id.org/security/suites/ed25519-2020/v1');
  }
  const vp = await vc.signPresentation({
    presentation, suite: signingSuite(suite, holder), challenge, domain, documentLoader
  });
  return {credential: signed, presentation: vp, issuer: issuer.did, holder: holder.did};
}

// {vp, size}: also the QR image vpqr draws itself (a data: URL, `size` px a module).
async function vpqrEncode({vp, size}) {
  const {payload, version, rawCborldBytes, imageDataUrl} =
    await vpqr.toQrCode({vp, documentLoader, size: size || 4});
  return {payload, version, cborld: Buffer.from(rawCborldBytes).toString('hex'), imageDataUrl};
}

// {document}: the CBOR-LD bytes (hex) vpqr would wrap, for documents too large for one QR code.
async function cborldEncode({document}) {
  const bytes = await cborld.encode({jsonldDocument: document, documentLoader});
  return {cborld: Buffer.from(bytes).toString('hex')};
}

async function vpqrDecode({payload}) {
  const {vp} = await vpqr.fromQrCode({text: payload, documentLoader});
  return {vp};
}

// {}: every context document the DCC loader carries, by URL (what its users' apps number with).
async function loaderContexts() {
  return Object.fromEntries(dccLoader.documents);
}

const COMMANDS = {
  'verify-vc': verifyWithVc,
  'verify-core': verifyWithCore,
  issue,
  'vpqr-encode': vpqrEncode,
  'vpqr-decode': vpqrDecode,
  'cborld-encode': cborldEncode,
  'loader-contexts': loaderContexts
};

async function main() {
  const command = COMMANDS[process.argv[2]];
  if(!command) {
    throw new Error(`unknown command ${process.argv[2]}; have ${Object.keys(COMMANDS)}`);
  }
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  // A batch: an array of requests gives an array of results, in one Node start-up.
  const result = Array.isArray(request) ?
    await Promise.all(request.map(command)) : await command(request);
  process.stdout.write(JSON.stringify(result));
}

main().catch(error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
