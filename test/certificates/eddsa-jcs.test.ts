import { expect } from '@open-wc/testing';
import { canonicalize } from '../../src/certificates/jcs.js';
import { createProof, useFallbackForTests, verifyEd25519, verifyProof } from '../../src/certificates/eddsa-jcs.js';
import { verifyEd25519Fallback } from '../../src/certificates/ed25519.js';
import { base58Decode, base58Encode, didKeyFromPublicKey, publicKeyFromDidKey, verificationMethodOf } from '../../src/certificates/multibase.js';

const vector = async () => (await fetch('/test/fixtures/eddsa-jcs-2022/signedJCS.json')).json();
const vectorKey = (vm: string) => publicKeyFromDidKey(vm.split('#')[1]!);

describe('JCS (RFC 8785)', () => {
  it('sorts members by UTF-16 code units, writes numbers as ECMAScript does, drops no data', () => {
    expect(canonicalize({ b: [1, 'x', null, true], a: { d: 1e21, c: -0, '\u20ac': 1, '\u{1F600}': 2, '\r': 3 } })).to.equal(
      '{"a":{"\\r":3,"c":0,"d":1e+21,"\u20ac":1,"\u{1F600}":2},"b":[1,"x",null,true]}',
    );
    // RFC 8785 appendix B: numbers in their shortest round-trip form.
    expect(canonicalize([333333333.33333329, 1e30, 4.5, 0.002, 1e-27])).to.equal('[333333333.3333333,1e+30,4.5,0.002,1e-27]');
  });

  it('refuses what JSON cannot carry', () => {
    for (const bad of [NaN, Infinity, [undefined], '\uD800', () => 1, 1n]) expect(() => canonicalize(bad), String(bad)).to.throw();
  });
});

describe('base58btc and did:key', () => {
  it('round-trips bytes with leading zeros and reads the W3C key', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 128]);
    expect([...base58Decode(base58Encode(bytes))!]).to.deep.equal([...bytes]);
    const key = publicKeyFromDidKey('did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2')!;
    expect(key).to.have.length(32);
    expect(didKeyFromPublicKey(key)).to.equal('did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(publicKeyFromDidKey('did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkOther')).to.equal(null);
    expect(publicKeyFromDidKey('did:web:example.org')).to.equal(null);
  });
});

describe('eddsa-jcs-2022', () => {
  afterEach(() => useFallbackForTests(false));

  for (const path of ['WebCrypto', 'the BigInt fallback']) {
    it(`verifies the W3C test vector (${path}); any changed field fails as tampered`, async () => {
      useFallbackForTests(path !== 'WebCrypto');
      const doc = await vector();
      const ok = await verifyProof(doc, vectorKey);
      expect(ok.ok).to.equal(true);
      for (const change of [
        (d: any) => (d.credentialSubject.alumniOf = 'The School of Forgeries'),
        (d: any) => (d.validFrom = '2023-01-02T00:00:00Z'),
        (d: any) => (d.proof.created = '2023-02-24T23:36:39Z'),
        (d: any) => d.type.reverse(),
        (d: any) => (d.extra = 1),
      ]) {
        const d = await vector();
        change(d);
        expect(await verifyProof(d, vectorKey)).to.deep.equal({ ok: false, reason: 'tampered' });
      }
    });
  }

  it('names what else is wrong: no proof, another suite, a context the document lacks, a cut signature, an unknown key', async () => {
    const d = await vector();
    expect(await verifyProof({ ...d, proof: undefined })).to.deep.equal({ ok: false, reason: 'noProof' });
    expect(await verifyProof({ ...d, proof: { ...d.proof, cryptosuite: 'eddsa-rdfc-2022' } }, vectorKey)).to.deep.equal({ ok: false, reason: 'unsupportedProof' });
    expect(await verifyProof({ ...d, '@context': ['https://www.w3.org/ns/credentials/v2'] }, vectorKey)).to.deep.equal({ ok: false, reason: 'contextMismatch' });
    expect(await verifyProof({ ...d, proof: { ...d.proof, proofValue: d.proof.proofValue.slice(0, 60) } }, vectorKey)).to.deep.equal({ ok: false, reason: 'badSignatureEncoding' });
    expect(await verifyProof(d, () => null)).to.deep.equal({ ok: false, reason: 'unknownKey' });
  });

  it('signs with a WebCrypto Ed25519 key and verifies the round trip', async () => {
    const keys = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
    const did = didKeyFromPublicKey(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)));
    const sign = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, data as BufferSource));
    const signed = await createProof({ '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:x', n: 3 }, { verificationMethod: verificationMethodOf(did), sign });
    expect(signed.proof.verificationMethod).to.match(/^did:key:z6Mk\w+#z6Mk\w+$/);
    expect(signed.proof['@context']).to.deep.equal(['https://www.w3.org/ns/credentials/v2']);
    expect((await verifyProof(signed)).ok).to.equal(true);
    expect(await verifyProof({ ...signed, n: 4 })).to.deep.equal({ ok: false, reason: 'tampered' });
  });

  it('the fallback accepts and rejects exactly what WebCrypto does', async () => {
    const keys = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
    const pub = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
    for (let i = 0; i < 6; i++) {
      const data = crypto.getRandomValues(new Uint8Array(10 + i * 20));
      const sig = new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, data));
      const bad = sig.slice();
      bad[i * 10]! ^= 1;
      // S + L: the same point equation, but not canonical: both must refuse it.
      const big = sig.slice();
      let carry = 0;
      const L = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10];
      for (let j = 0; j < 32; j++) {
        const s = big[32 + j]! + L[j]! + carry;
        big[32 + j] = s & 0xff;
        carry = s >> 8;
      }
      for (const s of [sig, bad, big]) {
        expect(await verifyEd25519Fallback(pub, s, data)).to.equal(await verifyEd25519(pub, s, data));
      }
      expect(await verifyEd25519Fallback(pub, sig, data)).to.equal(true);
    }
  });
});
