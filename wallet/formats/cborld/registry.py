"""The fixed tables of CBOR-LD as the DCC ``vpqr`` library writes it (``@digitalcredentials/cborld``
4.x, the format Learner Credential Wallet and VerifierPlus exchange in ``VP1-`` QR codes).

Everything here is data shared by the decoder and the encoder: the CBOR tag that opens a payload,
the keyword term ids, the registry of compressed context URLs, the URI scheme ids and the term
types that have value codecs. Changing any value breaks compatibility with every payload already
printed as a QR code.
"""

from __future__ import annotations

__all__ = [
    "CBORLD_COMPRESSED_TAG",
    "CBORLD_TAG_PREFIX",
    "COMPRESSED",
    "CONTEXT_ID_TO_URL",
    "CONTEXT_URL_TO_ID",
    "DID_PREFIX_TO_SCHEME_ID",
    "DID_SCHEME_IDS",
    "FIRST_CUSTOM_TERM_ID",
    "HTTPS_ID",
    "HTTP_ID",
    "KEYWORDS",
    "TYPE_DATE",
    "TYPE_DATETIME",
    "TYPE_MULTIBASE",
    "UNCOMPRESSED",
    "UUID_URN_ID",
]

# A CBOR tag header 0xd9 (major type 6, 16-bit tag) whose tag number is 0x05 << 8 | mode.
CBORLD_TAG_PREFIX = b"\xd9\x05"
UNCOMPRESSED, COMPRESSED = 0, 1
# What the encoder writes first: the tag in compressed mode.
CBORLD_COMPRESSED_TAG = CBORLD_TAG_PREFIX + bytes((COMPRESSED,))

# Keyword term ids; the singular id of a term is even and its plural (array) form is id + 1.
KEYWORDS: dict[str, int] = {
    "@context": 0,
    "@type": 2,
    "@id": 4,
    "@value": 6,
    "@direction": 8,
    "@graph": 10,
    "@included": 12,
    "@index": 14,
    "@json": 16,
    "@language": 18,
    "@list": 20,
    "@nest": 22,
    "@reverse": 24,
    "@base": 26,
    "@container": 28,
    "@default": 30,
    "@embed": 32,
    "@explicit": 34,
    "@none": 36,
    "@omitDefault": 38,
    "@prefix": 40,
    "@preserve": 42,
    "@protected": 44,
    "@requireAll": 46,
    "@set": 48,
    "@version": 50,
    "@vocab": 52,
}
# Terms defined by contexts get ids from here on, two at a time, in the order they are met.
FIRST_CUSTOM_TERM_ID = 100

# The CBOR-LD context registry as that library ships it (cbor-ld-spec "term codec registry").
CONTEXT_ID_TO_URL: dict[int, str] = {
    0x10: "https://www.w3.org/ns/activitystreams",
    0x11: "https://www.w3.org/2018/credentials/v1",
    0x12: "https://www.w3.org/ns/did/v1",
    0x13: "https://w3id.org/security/suites/ed25519-2018/v1",
    0x14: "https://w3id.org/security/suites/ed25519-2020/v1",
    0x15: "https://w3id.org/cit/v1",
    0x16: "https://w3id.org/age/v1",
    0x17: "https://w3id.org/security/suites/x25519-2020/v1",
    0x18: "https://w3id.org/veres-one/v1",
    0x19: "https://w3id.org/webkms/v1",
    0x1A: "https://w3id.org/zcap/v1",
    0x1B: "https://w3id.org/security/suites/hmac-2019/v1",
    0x1C: "https://w3id.org/security/suites/aes-2019/v1",
    0x1D: "https://w3id.org/vaccination/v1",
    0x1E: "https://w3id.org/vc-revocation-list-2020/v1",
    0x1F: "https://w3id.org/dcc/v1",
    0x20: "https://w3id.org/vc/status-list/v1",
    0x30: "https://w3id.org/security/data-integrity/v1",
    0x31: "https://w3id.org/security/multikey/v1",
    0x32: "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
}
CONTEXT_URL_TO_ID: dict[str, int] = {url: key for key, url in CONTEXT_ID_TO_URL.items()}

# Compressed URIs are arrays whose first item names the scheme.
HTTP_ID, HTTPS_ID, UUID_URN_ID = 1, 2, 3
DID_SCHEME_IDS: dict[int, str] = {1024: "did:v1:nym:", 1025: "did:key:"}
DID_PREFIX_TO_SCHEME_ID: dict[str, int] = {prefix: key for key, prefix in DID_SCHEME_IDS.items()}

# Term types (expanded IRIs of a term definition's @type) whose values have a compact codec;
# "@id" and "@vocab" are the other two.
TYPE_MULTIBASE = "https://w3id.org/security#multibase"
TYPE_DATE = "http://www.w3.org/2001/XMLSchema#date"
TYPE_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
