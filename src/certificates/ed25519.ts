/**
 * Ed25519 signature verification (RFC 8032 §5.1.7) in plain BigInt arithmetic, for browsers whose WebCrypto lacks
 * Ed25519 (older Android WebViews, PLATFORM.md). Loaded lazily by `verifyEd25519` in eddsa-jcs.ts only there.
 * It accepts exactly what WebCrypto (BoringSSL) and Node (OpenSSL) accept: S < L, a canonical A, and the
 * cofactorless equation checked by re-encoding [S]B − [k]A and comparing it with R byte for byte, so both paths
 * agree on every signature. Verification only: nothing here handles a secret, so constant time does not matter.
 */
const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const mod = (a: bigint, m = P): bigint => ((a % m) + m) % m;
function pow(b: bigint, e: bigint): bigint {
  let r = 1n;
  for (b = mod(b); e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) r = (r * b) % P;
  return r;
}
const inv = (a: bigint): bigint => pow(a, P - 2n);
const D = mod(-121665n * inv(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

type Point = [bigint, bigint, bigint, bigint]; // extended coordinates X, Y, Z, T

function add([X1, Y1, Z1, T1]: Point, [X2, Y2, Z2, T2]: Point): Point {
  const a = mod((Y1 - X1) * (Y2 - X2));
  const b = mod((Y1 + X1) * (Y2 + X2));
  const c = mod(2n * D * T1 * T2);
  const d = mod(2n * Z1 * Z2);
  const [e, f, g, h] = [b - a, d - c, d + c, b + a];
  return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
}

function multiply(p: Point, n: bigint): Point {
  let r: Point = [0n, 1n, 1n, 0n];
  for (; n > 0n; n >>= 1n, p = add(p, p)) if (n & 1n) r = add(r, p);
  return r;
}

const littleEndian = (bytes: Uint8Array): bigint => bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n);

function decode(bytes: Uint8Array): Point | null {
  const sign = bytes[31]! >> 7;
  const y = littleEndian(bytes) & ~(1n << 255n);
  if (y >= P) return null;
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_M1);
  else if (vx2 !== u) return null;
  if (x === 0n && sign) return null;
  if (Number(x & 1n) !== sign) x = P - x;
  return [x, y, 1n, mod(x * y)];
}

function encode([X, Y, Z]: Point): Uint8Array {
  const zi = inv(Z);
  const x = mod(X * zi);
  let y = mod(Y * zi) | ((x & 1n) << 255n);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, y >>= 8n) out[i] = Number(y & 0xffn);
  return out;
}

const BASE = decode(Uint8Array.from({ length: 32 }, (_, i) => (i ? 0x66 : 0x58)))!; // y = 4/5

export async function verifyEd25519Fallback(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const a = decode(publicKey);
  const s = littleEndian(signature.subarray(32));
  if (!a || s >= L) return false;
  const message = new Uint8Array(64 + data.length);
  message.set(signature.subarray(0, 32));
  message.set(publicKey, 32);
  message.set(data, 64);
  const k = mod(littleEndian(new Uint8Array(await crypto.subtle.digest('SHA-512', message))), L);
  const [x, y, z, t] = multiply(a, k);
  const r = encode(add(multiply(BASE, s), [mod(-x), y, z, mod(-t)]));
  return r.every((b, i) => b === signature[i]);
}
