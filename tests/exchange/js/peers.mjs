// An independent issuer and verifier for Learner Wallet's exchange tests, on 127.0.0.1 over HTTPS.
//
//   node --import ./no-network.mjs peers.mjs CONFIG.json
//
// config: {cert, key (PEM file paths), issuerSeed, verifierSeed, otherSeed (hex)}. Prints one
// line {"port": N} once listening, then serves until its standard input closes.
//
// The protocols are the @openid4vc packages' (Openid4vciIssuer, Oauth2AuthorizationServer,
// Oauth2ResourceServer, Openid4vpVerifier); credentials are signed and presentations verified by
// the DCC stack (@digitalcredentials/vc with its own security-document-loader, as Learner
// Credential Wallet and VerifierPlus use it). The tests steer it through /control/* (make an
// offer, a request, read what the verifier concluded); nothing here is Learner Wallet's code.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';

import * as vc from '@digitalcredentials/vc';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import jsigs from '@digitalcredentials/jsonld-signatures';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';
import {securityLoader} from '@digitalcredentials/security-document-loader';
import {
  Oauth2AuthorizationServer, Oauth2ResourceServer, Oauth2ServerErrorResponseError,
  clientAuthenticationNone, preAuthorizedCodeGrantIdentifier
} from '@openid4vc/oauth2';
import {Openid4vciIssuer} from '@openid4vc/openid4vci';
import {Openid4vpVerifier} from '@openid4vc/openid4vp';

import {installOpenid4vp} from './peers-openid4vp.mjs';

const {purposes: {AuthenticationProofPurpose}} = jsigs;
console.log = (...args) => console.error(...args);

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const documentLoader = securityLoader().build();
const verifySuites = [new Ed25519Signature2020(), new DataIntegrityProof({cryptosuite: eddsaRdfc2022})];

const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
const fromB64u = (text) => new Uint8Array(Buffer.from(text, 'base64url'));

async function keysFromSeed(seedHex) {
  const seed = Uint8Array.from(Buffer.from(seedHex, 'hex'));
  const multikey = await Ed25519Multikey.generate({seed});
  const did = `did:key:${multikey.publicKeyMultibase}`;
  multikey.controller = did;
  multikey.id = `${did}#${multikey.publicKeyMultibase}`;
  const raw = crypto.createPublicKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]),
    format: 'der', type: 'pkcs8'
  }).export({format: 'jwk'});
  return {did, multikey, jwk: {kty: 'OKP', crv: 'Ed25519', x: raw.x}};
}

const issuer = await keysFromSeed(config.issuerSeed);
const verifierKeys = await keysFromSeed(config.verifierSeed);
const other = await keysFromSeed(config.otherSeed);

async function keyForDidUrl(didUrl) {
  const did = didUrl.split('#')[0];
  if(!did.startsWith('did:key:')) {
    throw new Error(`only did:key here, not ${did}`);
  }
  const multibase = did.slice('did:key:'.length);
  return Ed25519Multikey.from({id: `${did}#${multibase}`, controller: did, publicKeyMultibase: multibase});
}

// --- the JOSE callbacks the @openid4vc packages ask their users for ---------------------------
async function signWith(keys, header, payload) {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  const signature = await keys.multikey.signer().sign({data: new TextEncoder().encode(input)});
  return `${input}.${b64u(signature)}`;
}

const callbacks = {
  hash: (data, alg) => new Uint8Array(crypto.createHash(alg.replace('-', '').toLowerCase()).update(data).digest()),
  generateRandom: (n) => new Uint8Array(crypto.randomBytes(n)),
  clientAuthentication: clientAuthenticationNone(),
  async signJwt(signer, {header, payload}) {
    // The verifier's DID signs its requests; state.signWithOther makes a request whose
    // signature is by another key than the one its kid names.
    let keys = issuer;
    if(signer.method === 'did') {
      keys = signer.didUrl.startsWith(verifierKeys.did) ? verifierKeys : issuer;
      if(state.signWithOther) {
        keys = other;
      }
    }
    return {jwt: await signWith(keys, header, payload), signerJwk: keys.jwk};
  },
  async verifyJwt(signer, {compact}) {
    const [h, p, s] = compact.split('.');
    const data = new TextEncoder().encode(`${h}.${p}`);
    let key;
    if(signer.method === 'did') {
      key = await keyForDidUrl(signer.didUrl);
    } else if(signer.method === 'jwk') {
      if(signer.publicJwk.x !== issuer.jwk.x) {
        return {verified: false};
      }
      key = issuer.multikey;
    } else {
      return {verified: false};
    }
    const verified = await key.verifier().verify({data, signature: fromB64u(s)});
    return {verified, signerJwk: signer.publicJwk};
  },
  // The resource server reads the token signer's keys from jwks_uri: served from memory.
  async fetch(url) {
    if(String(url) === `${base()}/jwks`) {
      return new Response(JSON.stringify({keys: [{...issuer.jwk, kid: 'at', use: 'sig'}]}),
        {headers: {'content-type': 'application/jwk-set+json'}});
    }
    throw new Error(`no fetch in the test peers: ${url}`);
  }
};

const vci = new Openid4vciIssuer({callbacks});
const authorizationServer = new Oauth2AuthorizationServer({callbacks});
const resourceServer = new Oauth2ResourceServer({callbacks});
const vp = new Openid4vpVerifier({callbacks});

let port = 0;
const base = () => `https://127.0.0.1:${port}`;
const state = {
  offers: new Map(),      // pre-authorized code -> {txCode, configurationIds, tamper, ...}
  tokens: new Map(),      // access token -> offer
  nonces: new Set(),
  deferred: new Map(),    // transaction id -> {credential, polls}
  exchanges: new Map(),   // VC-API exchange id -> {kind, challenge, wanted, result}
  vpRequests: new Map(),  // request id -> {payload, jwt, result}
  signWithOther: false,
  log: []
};

function configurations() {
  const jwtProof = {jwt: {proof_signing_alg_values_supported: ['EdDSA']}};
  const badge = {type: ['VerifiableCredential', 'OpenBadgeCredential']};
  return {
    badge_ldp: {format: 'ldp_vc', credential_definition: badge, proof_types_supported: jwtProof,
      cryptographic_binding_methods_supported: ['did:key'], display: [{name: 'Exchange Badge'}]},
    badge_di_vp: {format: 'ldp_vc', credential_definition: badge,
      proof_types_supported: {di_vp: {proof_signing_alg_values_supported: ['eddsa-rdfc-2022']}},
      cryptographic_binding_methods_supported: ['did:key']},
    badge_jwt: {format: 'jwt_vc_json', credential_definition: badge, proof_types_supported: jwtProof,
      cryptographic_binding_methods_supported: ['did:key']},
    badge_deferred: {format: 'ldp_vc', credential_definition: badge, proof_types_supported: jwtProof,
      cryptographic_binding_methods_supported: ['did:key']}
  };
}

function issuerMetadata() {
  return vci.createCredentialIssuerMetadata({
    credential_issuer: base(),
    credential_endpoint: `${base()}/credential`,
    nonce_endpoint: `${base()}/nonce`,
    deferred_credential_endpoint: `${base()}/deferred`,
    credential_configurations_supported: configurations(),
    display: [{name: 'Exchange Test Issuer'}]
  });
}

function serverMetadata() {
  return authorizationServer.createAuthorizationServerMetadata({
    issuer: base(),
    token_endpoint: `${base()}/token`,
    jwks_uri: `${base()}/jwks`,
    grant_types_supported: [preAuthorizedCodeGrantIdentifier]
  });
}

const metadataResult = () => ({
  credentialIssuer: issuerMetadata(),
  authorizationServers: [serverMetadata()],
  originalDraftVersion: 'Draft15',
  knownCredentialConfigurations: configurations()
});

// --- credentials, signed by the DCC stack ------------------------------------------------------
function badgeCredential(holderDid, name, model = '2.0') {
  const v1 = model === '1.1';
  const credential = {
    '@context': v1 ?
      ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/security/suites/ed25519-2020/v1'] :
      ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: {id: issuer.did, type: ['Profile'], name: 'Exchange Test Issuer'},
    credentialSubject: {
      id: holderDid,
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:uuid:${crypto.randomUUID()}`, type: ['Achievement'], name,
        description: 'Issued over an exchange in a test.', criteria: {narrative: 'Take part.'}
      }
    }
  };
  credential[v1 ? 'issuanceDate' : 'validFrom'] = '2024-01-01T00:00:00Z';
  return credential;
}

async function signCredential(credential, model = '2.0') {
  const suite = model === '1.1' ?
    new Ed25519Signature2020({key: await issuerKey2020(), date: '2024-01-01T00:00:00Z'}) :
    new DataIntegrityProof({signer: issuer.multikey.signer(), cryptosuite: eddsaRdfc2022,
      date: '2024-01-01T00:00:00Z'});
  return vc.issue({credential, suite, documentLoader});
}

async function issuerKey2020() {
  const {Ed25519VerificationKey2020} = await import('@digitalcredentials/ed25519-verification-key-2020');
  const key = await Ed25519VerificationKey2020.generate({
    seed: Uint8Array.from(Buffer.from(config.issuerSeed, 'hex')), controller: issuer.did});
  key.id = issuer.multikey.id;
  return key;
}

async function jwtCredential(holderDid, name) {
  const credential = badgeCredential(holderDid, name, '1.1');
  credential['@context'] = credential['@context'].slice(0, 2);
  const header = {alg: 'EdDSA', typ: 'JWT', kid: issuer.multikey.id};
  const payload = {iss: issuer.did, sub: holderDid, jti: credential.id,
    nbf: Date.parse(credential.issuanceDate) / 1000, vc: credential};
  return signWith(issuer, header, payload);
}

function tampered(credential) {
  return {...credential, name: `${credential.name} (changed after signing)`};
}

async function verifyPresentation(presentation, challenge, domain) {
  const result = await vc.verify({
    presentation, challenge, documentLoader, suite: verifySuites,
    presentationPurpose: new AuthenticationProofPurpose({challenge, domain})
  });
  const error = result.error || result.presentationResult?.error;
  const text = error ? (error.errors || [error]).map(e => e.message).join('; ') : null;
  return {verified: Boolean(result.verified), error: text};
}

// --- HTTP --------------------------------------------------------------------------------------
function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {'content-type': type, 'content-length': Buffer.byteLength(text)});
  res.end(text);
}

function oauthError(res, error) {
  if(error instanceof Oauth2ServerErrorResponseError) {
    return send(res, error.status ?? 400, error.errorResponse);
  }
  return send(res, 400, {error: 'invalid_request', error_description: String(error?.message ?? error)});
}

const readBody = (req) => new Promise((resolve) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
});

const routes = new Map();
const route = (method, path, handler) => routes.set(`${method} ${path}`, handler);

// Control: the tests make offers and requests here.
route('POST', '/control/offer', async (req, res, body) => {
  const spec = JSON.parse(body);
  const code = crypto.randomUUID();
  state.offers.set(code, {...spec, used: false});
  const issuerId = spec.httpIssuer ? base().replace('https:', 'http:') : base();
  const offer = {
    credential_issuer: issuerId,
    credential_configuration_ids: spec.configurations ?? ['badge_ldp'],
    grants: {[preAuthorizedCodeGrantIdentifier]: {'pre-authorized_code': code,
      ...(spec.txCode ? {tx_code: {input_mode: 'numeric', length: spec.txCode.length,
        description: 'The code sent to your e-mail'}} : {})}}
  };
  if(spec.httpIssuer) {
    // A misconfigured issuer: the library refuses to make such an offer, so it is written here.
    state.offers.get(code).object = offer;
    const link = `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offer))}`;
    return send(res, 200, {link, code});
  }
  const created = await vci.createCredentialOffer({
    credentialConfigurationIds: offer.credential_configuration_ids,
    grants: offer.grants,
    issuerMetadata: metadataResult(),
    ...(spec.byReference ? {credentialOfferUri: `${base()}/offers/${code}`} : {})
  });
  state.offers.get(code).object = created.credentialOfferObject;
  send(res, 200, {link: created.credentialOffer, code});
});

route('POST', '/control/settings', async (req, res, body) => {
  Object.assign(state, JSON.parse(body));
  send(res, 200, {});
});

route('GET', '/control/log', (req, res) => send(res, 200, state.log));
route('POST', '/redirect-post', (req, res) => {
  res.writeHead(307, {location: `${base()}/dcc/request`});
  res.end();
});

route('GET', '/.well-known/openid-credential-issuer', (req, res) => {
  if(state.metadataRedirect) {
    res.writeHead(302, {location: `http://127.0.0.1:${port}/.well-known/openid-credential-issuer`});
    return res.end();
  }
  send(res, 200, issuerMetadata());
});
route('GET', '/.well-known/oauth-authorization-server', (req, res) => send(res, 200, serverMetadata()));

route('GET', '/offers', (req, res, body, url) => {
  const code = url.pathname.split('/')[2];
  const offer = state.offers.get(code);
  if(!offer) {
    return send(res, 404, {error: 'not_found', error_description: 'no such offer'});
  }
  send(res, 200, offer.object);
});

route('POST', '/token', async (req, res, body) => {
  const request = {method: 'POST', url: `${base()}/token`, headers: new Headers(req.headers)};
  try {
    const parsed = authorizationServer.parseAccessTokenRequest({
      accessTokenRequest: Object.fromEntries(new URLSearchParams(body)), request});
    const offer = state.offers.get(parsed.grant.preAuthorizedCode);
    await authorizationServer.verifyPreAuthorizedCodeAccessTokenRequest({
      grant: parsed.grant,
      accessTokenRequest: parsed.accessTokenRequest,
      request,
      expectedPreAuthorizedCode: offer && !offer.used ? parsed.grant.preAuthorizedCode : '-',
      expectedTxCode: offer?.txCode,
      authorizationServerMetadata: serverMetadata()
    });
    offer.used = true;
    const cNonce = crypto.randomUUID();
    state.nonces.add(cNonce);
    const response = await authorizationServer.createAccessTokenResponse({
      audience: base(), authorizationServer: base(), expiresInSeconds: 300,
      subject: parsed.grant.preAuthorizedCode, signer: {method: 'jwk', alg: 'EdDSA', publicJwk: issuer.jwk},
      cNonce
    });
    state.tokens.set(response.access_token, offer);
    send(res, 200, response);
  } catch(error) {
    oauthError(res, error);
  }
});

route('POST', '/nonce', (req, res) => {
  const cNonce = state.staleNonce ? 'a-nonce-the-issuer-never-accepts' : crypto.randomUUID();
  if(!state.staleNonce) {
    state.nonces.add(cNonce);
  }
  send(res, 200, vci.createNonceResponse({cNonce, cNonceExpiresIn: 60}));
});

async function holderFromProofs(parsed, body) {
  if(parsed.proofs?.jwt) {
    const jwt = parsed.proofs.jwt[0];
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url'));
    if(!state.nonces.has(payload.nonce)) {
      throw new Oauth2ServerErrorResponseError({error: 'invalid_nonce', error_description: 'the proof carries an unknown c_nonce'});
    }
    const verified = await vci.verifyCredentialRequestJwtProof({
      jwt, expectedNonce: payload.nonce, credentialIssuer: base(), issuerMetadata: metadataResult()});
    state.nonces.delete(payload.nonce);
    return verified.signer.didUrl.split('#')[0];
  }
  const presentation = JSON.parse(body).proofs?.di_vp?.[0];
  if(presentation) {
    const challenge = [].concat(presentation.proof).map(p => p.challenge)[0];
    if(!state.nonces.has(challenge)) {
      throw new Oauth2ServerErrorResponseError({error: 'invalid_nonce', error_description: 'the proof carries an unknown c_nonce'});
    }
    const result = await verifyPresentation(presentation, challenge, base());
    if(!result.verified) {
      throw new Oauth2ServerErrorResponseError({error: 'invalid_proof', error_description: result.error});
    }
    state.nonces.delete(challenge);
    return presentation.holder;
  }
  throw new Oauth2ServerErrorResponseError({error: 'invalid_proof', error_description: 'no proof'});
}

route('POST', '/credential', async (req, res, body) => {
  try {
    const {tokenPayload} = await resourceServer.verifyResourceRequest({
      authorizationServers: [serverMetadata()], resourceServer: base(),
      request: {method: 'POST', url: `${base()}/credential`, headers: new Headers(req.headers)}});
    const offer = [...state.offers.values()].find(o => o.object &&
      o.object.grants[preAuthorizedCodeGrantIdentifier]['pre-authorized_code'] === tokenPayload.sub);
    const parsed = vci.parseCredentialRequest({issuerMetadata: metadataResult(), credentialRequest: JSON.parse(body)});
    const holder = await holderFromProofs(parsed, body);
    const id = parsed.credentialConfigurationId ?? JSON.parse(body).credential_configuration_id;
    state.log.push({credentialRequest: JSON.parse(body), holder});
    const name = offer?.name ?? 'Exchange Badge';
    let credential;
    if(id === 'badge_jwt') {
      credential = await jwtCredential(offer?.subject ?? holder, name);
    } else {
      const unsigned = badgeCredential(offer?.subject ?? holder, name);
      if(offer?.validUntil) {
        unsigned.validUntil = offer.validUntil;
      }
      credential = await signCredential(unsigned);
      if(offer?.tamper) {
        credential = tampered(credential);
      }
    }
    if(id === 'badge_deferred') {
      const transactionId = crypto.randomUUID();
      state.deferred.set(transactionId, {credential, polls: 0});
      return send(res, 202, vci.createCredentialResponse({credentialRequest: parsed,
        transactionId, interval: 1}));
    }
    send(res, 200, vci.createCredentialResponse({credentialRequest: parsed, credential}));
  } catch(error) {
    oauthError(res, error);
  }
});

route('POST', '/deferred', async (req, res, body) => {
  const {transaction_id: transactionId} = JSON.parse(body);
  const entry = state.deferred.get(transactionId);
  if(!entry) {
    return send(res, 400, {error: 'invalid_transaction_id'});
  }
  entry.polls += 1;
  state.log.push({deferredPoll: entry.polls, at: Date.now()});
  if(entry.polls < 2) {
    return send(res, 202, {transaction_id: transactionId, interval: 1});
  }
  send(res, 200, {credentials: [{credential: entry.credential}]});
});

// DCC credential request: POST a DID-Auth presentation, get a credential back.
route('POST', '/dcc/request', async (req, res, body, url) => {
  const challenge = url.searchParams.get('challenge');
  const presentation = JSON.parse(body);
  const result = await verifyPresentation(presentation, challenge, undefined);
  state.log.push({dccRequest: result});
  if(!result.verified) {
    return send(res, 401, {error: 'invalid_presentation', error_description: result.error});
  }
  const credential = await signCredential(badgeCredential(presentation.holder, 'DCC Request Badge', '1.1'), '1.1');
  send(res, 200, credential);
});

// VC-API: interaction URLs and exchanges, for issuing (DIDAuthentication) and verifying
// (QueryByExample, as VerifierPlus asks).
route('POST', '/control/exchange', async (req, res, body) => {
  const spec = JSON.parse(body);
  const id = crypto.randomUUID();
  state.exchanges.set(id, {...spec, challenge: crypto.randomUUID(), result: null});
  send(res, 200, {interaction: `${base()}/interactions/${id}?iuv=1`, exchange: `${base()}/exchanges/${id}`, id});
});

route('GET', '/interactions', (req, res, body, url) => {
  const id = url.pathname.split('/')[2];
  if(!state.exchanges.has(id)) {
    return send(res, 404, {error: 'no such interaction'});
  }
  const exchange = state.exchanges.get(id);
  if(exchange.offer) {
    return send(res, 200, {protocols: {OID4VCI: exchange.offer}});  // no vcapi: the wallet takes this
  }
  send(res, 200, {protocols: {vcapi: `${base()}/exchanges/${id}`, OID4VCI: 'openid-credential-offer://?unused=1'}});
});

route('POST', '/exchanges', async (req, res, body, url) => {
  const id = url.pathname.split('/')[2];
  const exchange = state.exchanges.get(id);
  if(!exchange) {
    return send(res, 404, {error: 'no such exchange'});
  }
  const message = body ? JSON.parse(body) : {};
  const domain = base();
  if(!message.verifiablePresentation) {
    const query = exchange.kind === 'verify' ?
      [{type: 'QueryByExample', credentialQuery: [{reason: 'To check your badge for the job.',
        example: {'@context': ['https://www.w3.org/ns/credentials/v2'], type: exchange.wantType ?? 'OpenBadgeCredential',
          ...(exchange.wantIssuer ? {issuer: exchange.wantIssuer} : {})}}]}] :
      [{type: 'DIDAuthentication', acceptedMethods: [{method: 'key'}],
        acceptedCryptosuites: [{cryptosuite: 'Ed25519Signature2020'}]}];
    return send(res, 200, {verifiablePresentationRequest: {query, challenge: exchange.challenge, domain,
      interact: {service: [{type: 'UnmediatedPresentationService2021', serviceEndpoint: `${base()}/exchanges/${id}`}]}}});
  }
  const presentation = message.verifiablePresentation;
  const result = await verifyPresentation(presentation, exchange.challenge, domain);
  exchange.result = {...result, credentials: [].concat(presentation.verifiableCredential ?? []).length,
    holder: presentation.holder};
  if(!result.verified) {
    return send(res, 400, {error: 'invalid_presentation', error_description: result.error});
  }
  if(exchange.kind === 'verify') {
    const types = [].concat(presentation.verifiableCredential ?? []).flatMap(c => [].concat(c.type));
    if(!types.includes(exchange.wantType ?? 'OpenBadgeCredential')) {
      return send(res, 400, {error: 'wrong_credential', error_description: 'no credential of the requested type'});
    }
    return send(res, 200, {redirectUrl: `${base()}/thanks`});
  }
  const credential = await signCredential(badgeCredential(presentation.holder, 'VC-API Badge', '1.1'), '1.1');
  send(res, 200, {verifiablePresentation: {'@context': ['https://www.w3.org/2018/credentials/v1'],
    type: ['VerifiablePresentation'], verifiableCredential: [credential]}, redirectUrl: `${base()}/welcome`});
});

route('GET', '/control/exchange', (req, res, body, url) => {
  send(res, 200, state.exchanges.get(url.searchParams.get('id')) ?? null);
});

installOpenid4vp({route, state, base, vp, callbacks, send, oauthError, verifyPresentation,
  keyForDidUrl, fromB64u, verifierKeys});

const server = https.createServer({
  cert: fs.readFileSync(config.cert), key: fs.readFileSync(config.key)
}, async (req, res) => {
  const url = new URL(req.url, base());
  const body = await readBody(req);
  const first = `/${url.pathname.split('/')[1]}`;
  const handler = routes.get(`${req.method} ${url.pathname}`) ?? routes.get(`${req.method} ${first}`);
  if(!handler) {
    return send(res, 404, {error: 'not_found', error_description: `${req.method} ${url.pathname}`});
  }
  try {
    await handler(req, res, body, url);
  } catch(error) {
    console.error(error);
    send(res, 500, {error: 'server_error', error_description: String(error?.message ?? error)});
  }
});

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  process.stdout.write(JSON.stringify({port}) + '\n');
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
