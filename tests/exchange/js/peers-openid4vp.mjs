// The OpenID4VP verifier of peers.mjs: requests by value or by reference (GET, or POST with
// request_uri_method=post), redirect_uri: or decentralized_identifier: clients (x509_san_dns:
// for the refusal), DCQL, direct_post answers checked with the DCC stack (ldp_vc) or the
// did:key of each JWT (jwt_vc_json).
import crypto from 'node:crypto';

export function installOpenid4vp({route, state, base, vp, callbacks, send, oauthError,
  verifyPresentation, keyForDidUrl, fromB64u, verifierKeys}) {
// OpenID4VP: requests by value or by reference (GET, or POST with request_uri_method=post).
route('POST', '/control/vp-request', async (req, res, body) => {
  const spec = JSON.parse(body);
  const id = crypto.randomUUID();
  const responseUri = `${base()}/vp-response/${id}`;
  const clientId = spec.client === 'did' ? `decentralized_identifier:${verifierKeys.did}` :
    spec.client === 'x509' ? 'x509_san_dns:127.0.0.1' : `redirect_uri:${responseUri}`;
  const payload = {
    response_type: 'vp_token', client_id: clientId, response_mode: 'direct_post',
    response_uri: responseUri, nonce: crypto.randomUUID(), state: id, dcql_query: spec.dcql
  };
  const signed = spec.client === 'did' || spec.client === 'x509';
  const created = await vp.createOpenId4vpAuthorizationRequest({
    authorizationRequestPayload: payload,
    ...(signed ? {jar: {requestUri: spec.byValue ? undefined : `${base()}/vp-requests/${id}`,
      jwtSigner: {method: 'did', didUrl: verifierKeys.multikey.id, alg: 'EdDSA'}, expiresInSeconds: 300}} : {})
  });
  state.vpRequests.set(id, {payload, jwt: created.jar?.authorizationRequestJwt, result: null,
    expectNonce: spec.expectOtherNonce ? 'not-the-nonce-the-wallet-was-given' : payload.nonce,
    post: Boolean(spec.post), methods: []});
  let link = created.authorizationRequest;
  if(spec.post) {
    link += '&request_uri_method=post';
  }
  send(res, 200, {link, id, nonce: payload.nonce, clientId});
});

async function serveRequestObject(req, res, url) {
  const entry = state.vpRequests.get(url.pathname.split('/')[2]);
  if(!entry || !entry.jwt) {
    return send(res, 404, {error: 'not_found'});
  }
  entry.methods.push(req.method);
  send(res, 200, entry.jwt, 'application/oauth-authz-req+jwt');
}
route('GET', '/vp-requests', (req, res, body, url) => serveRequestObject(req, res, url));
route('POST', '/vp-requests', (req, res, body, url) => {
  const entry = state.vpRequests.get(url.pathname.split('/')[2]);
  if(entry) {
    entry.walletMetadata = new URLSearchParams(body).get('wallet_metadata');
  }
  return serveRequestObject(req, res, url);
});

async function verifyJwtPresentation(token, nonce, audience) {
  const [h, p, s] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  const key = await keyForDidUrl(header.kid);
  const ok = await key.verifier().verify({data: new TextEncoder().encode(`${h}.${p}`), signature: fromB64u(s)});
  if(!ok || payload.nonce !== nonce || payload.aud !== audience || header.kid.split('#')[0] !== payload.iss) {
    return {verified: false, error: `jwt presentation: signature ${ok}, nonce ${payload.nonce === nonce}, aud ${payload.aud === audience}`};
  }
  for(const inner of payload.vp.verifiableCredential) {
    const [ih, ip, is] = inner.split('.');
    const innerHeader = JSON.parse(Buffer.from(ih, 'base64url'));
    const innerKey = await keyForDidUrl(innerHeader.kid);
    const good = await innerKey.verifier().verify({data: new TextEncoder().encode(`${ih}.${ip}`), signature: fromB64u(is)});
    if(!good) {
      return {verified: false, error: 'a credential in the jwt presentation does not verify'};
    }
  }
  return {verified: true, error: null};
}

route('POST', '/vp-response', async (req, res, body, url) => {
  const entry = state.vpRequests.get(url.pathname.split('/')[2]);
  if(!entry) {
    return send(res, 404, {error: 'not_found'});
  }
  try {
    const parsed = await vp.parseOpenid4vpAuthorizationResponse({
      authorizationResponse: Object.fromEntries(new URLSearchParams(body)),
      authorizationRequestPayload: entry.payload, callbacks});
    const results = {};
    for(const [queryId, presentations] of Object.entries(parsed.dcql.presentations)) {
      const query = entry.payload.dcql_query.credentials.find(q => q.id === queryId);
      results[queryId] = [];
      for(const presentation of [].concat(presentations)) {
        const result = query.format === 'jwt_vc_json' ?
          await verifyJwtPresentation(presentation, entry.expectNonce, entry.payload.client_id) :
          await verifyPresentation(presentation, entry.expectNonce, entry.payload.client_id);
        results[queryId].push(result);
      }
    }
    const ok = Object.values(results).flat().every(r => r.verified) && Object.keys(results).length > 0;
    entry.result = {ok, results};
    if(!ok) {
      const why = Object.values(results).flat().map(r => r.error).filter(Boolean).join('; ');
      return send(res, 400, {error: 'invalid_request', error_description: `the presentation does not verify: ${why}`});
    }
    send(res, 200, {redirect_uri: `${base()}/done/${url.pathname.split('/')[2]}`});
  } catch(error) {
    entry.result = {ok: false, error: String(error.message)};
    oauthError(res, error);
  }
});

route('GET', '/control/vp-request', (req, res, body, url) => {
  send(res, 200, state.vpRequests.get(url.searchParams.get('id')) ?? null);
});

}
