/*
 * Voting's proof of work, solved in the voter's browser (the portal's side is contests/control/ProofOfWork.java).
 * The portal hands out a challenge; this script finds the first nonce 0, 1, 2… such that
 * SHA-256(UTF-8 of challenge + ":" + nonce) starts with the asked number of zero bits, then sends the form.
 *
 * It carries its own SHA-256 because crypto.subtle exists only on HTTPS and localhost, and the portal may be reached
 * over plain HTTP inside an office or school network.
 *
 * Markup: <form data-pow-url="…challenge URL…" data-pow-challenge-field="name of hidden input"
 *               data-pow-nonce-field="name of hidden input"> … <p data-pow-status></p> … </form>
 */
(function (root) {
  'use strict';

  // ---- SHA-256 (FIPS 180-4), on 32-bit signed ints; `| 0` keeps every sum modulo 2^32 ----

  const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);
  const H0 = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  ]);
  const w = new Int32Array(64); // the message schedule, reused: hashing hundreds of thousands of times must not allocate much

  /** Folds the 64-byte block at `offset` of `bytes` into the eight-word state `h`. */
  function compress(h, bytes, offset) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }

  /**
   * Hashes the whole blocks of a prefix and keeps the rest. The challenge is the same for every nonce tried, so its
   * first block is hashed once rather than hundreds of thousands of times: the search runs about twice as fast.
   */
  function absorb(bytes) {
    const h = H0.slice();
    const whole = bytes.length - bytes.length % 64;
    for (let offset = 0; offset < whole; offset += 64) {
      compress(h, bytes, offset);
    }
    return { h: h, rest: bytes.slice(whole), length: bytes.length };
  }

  /** The hash, as eight words, of the absorbed prefix followed by `more` bytes: the end, padding and length. */
  function finish(prefix, more) {
    const used = prefix.rest.length + more.length;
    const buffer = new Uint8Array(Math.ceil((used + 9) / 64) * 64); // room for the 0x80 byte and 8 length bytes
    buffer.set(prefix.rest);
    buffer.set(more, prefix.rest.length);
    buffer[used] = 0x80;
    const bits = (prefix.length + more.length) * 8;
    const end = buffer.length;
    const high = Math.floor(bits / 0x100000000);
    for (let i = 0; i < 4; i++) {
      buffer[end - 1 - i] = (bits >>> (8 * i)) & 0xff;
      buffer[end - 5 - i] = (high >>> (8 * i)) & 0xff;
    }
    const h = prefix.h.slice();
    for (let offset = 0; offset < end; offset += 64) {
      compress(h, buffer, offset);
    }
    return h;
  }

  const NOTHING = new Uint8Array(0);

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  /** SHA-256 of a string's UTF-8 bytes, in lower-case hex. */
  function sha256Hex(text) {
    return Array.from(finish(absorb(utf8(text)), NOTHING), word => (word >>> 0).toString(16).padStart(8, '0')).join('');
  }

  // ---- the search ----

  const CHUNK = 2000; // nonces between looks at the clock
  // Browsers wait at least 4 ms on a repeated setTimeout(0); 2,000 hashes take less than that on a laptop, so a slice
  // runs chunks for up to 40 ms (under the 50 ms a tap may wait unnoticed) before giving the page the thread back.
  const SLICE_MS = 40;

  function startsWithZeroBits(h, bits) {
    for (let i = 0; bits > 0; i++, bits -= 32) {
      if (bits < 32 ? (h[i] >>> (32 - bits)) !== 0 : h[i] !== 0) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII bytes of a non-negative integer in decimal, the way Java's Long.toString writes it. */
  function decimal(n) {
    const text = String(n);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  /** Tries `count` nonces from `from`; the first that works, or -1. */
  function search(challenge, difficulty, from, count) {
    const prefix = absorb(utf8(challenge + ':'));
    for (let n = from; n < from + count; n++) {
      if (startsWithZeroBits(finish(prefix, decimal(n)), difficulty)) {
        return n;
      }
    }
    return -1;
  }

  /** Resolves with the first nonce, as a decimal string, that solves the challenge; works in slices. */
  function solve(challenge, difficulty) {
    const prefix = absorb(utf8(challenge + ':'));
    return new Promise(resolve => {
      let next = 0;
      (function slice() {
        const started = Date.now();
        do {
          for (const end = next + CHUNK; next < end; next++) {
            if (startsWithZeroBits(finish(prefix, decimal(next)), difficulty)) {
              resolve(String(next));
              return;
            }
          }
        } while (Date.now() - started < SLICE_MS);
        setTimeout(slice, 0);
      })();
    });
  }

  root.PortalPow = { sha256Hex: sha256Hex, search: search, solve: solve };

  if (typeof document === 'undefined') {
    return; // loaded by a test in Node: the hash and the search only
  }

  // ---- the forms ----

  const COULD_NOT_FETCH = 'Không lấy được thử thách chống gian lận, hãy thử lại.';

  /** A message meant for the voter, as opposed to a bug or a network error. */
  class Refusal extends Error {
  }

  async function fetchChallenge(url) {
    let response;
    try {
      // no cookies: the challenge is public, and a voter's session is not the point here
      response = await fetch(url, { credentials: 'omit', cache: 'no-store', headers: { Accept: 'application/json' } });
    } catch (offline) {
      throw new Refusal(COULD_NOT_FETCH);
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok || typeof body.challenge !== 'string' || !Number.isInteger(body.difficulty)) {
      // the API explains a refusal (voting closed, entry withdrawn) in {"error": "…"}
      throw new Refusal(typeof body.error === 'string' ? body.error : COULD_NOT_FETCH);
    }
    return body;
  }

  /** Faces names its inputs "form:id", and its id is the same; `elements` finds either without CSS escaping. */
  function input(form, name) {
    return form.elements.namedItem(name) || document.getElementById(name);
  }

  /** A Faces command button acts only if its name is in the post, and form.submit() sends no button: add it. */
  function keepPressed(form, button) {
    if (!button || !button.name) {
      return;
    }
    let pressed = form.querySelector('input[data-pow-pressed]');
    if (!pressed) {
      pressed = document.createElement('input');
      pressed.type = 'hidden';
      pressed.setAttribute('data-pow-pressed', '');
      form.appendChild(pressed);
    }
    pressed.name = button.name;
    pressed.value = button.value;
  }

  function arm(form) {
    const status = form.querySelector('[data-pow-status]');
    const say = text => {
      if (status) {
        status.textContent = text;
      }
    };
    let busy = false;
    let button = null;

    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (busy) {
        return; // a second click while solving
      }
      busy = true;
      button = event.submitter || form.querySelector('[type=submit]');
      if (button) {
        button.disabled = true;
      }
      say('Đang xác minh chống gian lận…');
      try {
        const c = await fetchChallenge(form.getAttribute('data-pow-url'));
        const nonce = await solve(c.challenge, c.difficulty);
        input(form, form.getAttribute('data-pow-challenge-field')).value = c.challenge;
        input(form, form.getAttribute('data-pow-nonce-field')).value = nonce;
        keepPressed(form, button);
        say('Đang gửi…');
        form.submit(); // fires no submit event, so this handler does not run again
      } catch (error) {
        say(error instanceof Refusal ? error.message : COULD_NOT_FETCH);
        busy = false;
        if (button) {
          button.disabled = false;
        }
      }
    });

    // coming back with the Back button restores the page as it was left: disabled, "sending"
    window.addEventListener('pageshow', event => {
      if (event.persisted) {
        busy = false;
        say('');
        if (button) {
          button.disabled = false;
        }
      }
    });
  }

  function armAll() {
    document.querySelectorAll('form[data-pow-url]').forEach(arm);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', armAll);
  } else {
    armAll();
  }
})(this);
