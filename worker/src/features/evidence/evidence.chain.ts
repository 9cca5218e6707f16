/**
 * The hash chain over a recording's chunks. Each chunk's link commits to the previous link, its
 * index, its byte offset and length in the recording, and the chunk's own SHA-256:
 *
 *   h_i = SHA256(h_{i-1} ‖ u32be(i) ‖ u64be(offset) ‖ u32be(length) ‖ SHA256(chunk_i))
 *   h_{-1} = SHA256("xuke-evidence-chain-v1:" ‖ recordingId)
 *
 * so the server knows the order of uploads, notices a gap, and a verifier can say exactly which
 * chunk was changed, dropped or moved. The hash function is passed in (WebCrypto in the worker,
 * the browser and Node alike), keeping this module free of I/O.
 */

export type Sha256 = (data: Uint8Array) => Promise<Uint8Array>;

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function chainGenesis(sha256: Sha256, recordingId: string): Promise<string> {
  return toHex(await sha256(new TextEncoder().encode(`xuke-evidence-chain-v1:${recordingId}`)));
}

export interface ChainLink {
  index: number;
  offset: number;
  length: number;
  /** Hex SHA-256 of the chunk's bytes. */
  sha256: string;
}

/** The link for one chunk, given the previous link (or the genesis for chunk 0). */
export async function chainStep(
  sha256: Sha256,
  previous: string,
  link: ChainLink,
): Promise<string> {
  const buf = new Uint8Array(32 + 4 + 8 + 4 + 32);
  const view = new DataView(buf.buffer);
  buf.set(fromHex(previous), 0);
  view.setUint32(32, link.index);
  view.setBigUint64(36, BigInt(link.offset));
  view.setUint32(44, link.length);
  buf.set(fromHex(link.sha256), 48);
  return toHex(await sha256(buf));
}

export type ChainFault = { index: number; problem: 'out_of_order' | 'changed' };

/**
 * Checks a recording's listed links: indices 0..n-1 in order, offsets contiguous, and each
 * stated chain value equal to the one recomputed. Returns the first faults found per chunk.
 */
export async function checkChain(
  sha256: Sha256,
  recordingId: string,
  links: readonly (ChainLink & { chain: string })[],
): Promise<ChainFault[]> {
  const faults: ChainFault[] = [];
  let previous = await chainGenesis(sha256, recordingId);
  let offset = 0;
  for (const [position, link] of links.entries()) {
    if (link.index !== position || link.offset !== offset) {
      faults.push({ index: link.index, problem: 'out_of_order' });
    } else if ((await chainStep(sha256, previous, link)) !== link.chain) {
      faults.push({ index: link.index, problem: 'changed' });
    }
    previous = link.chain;
    offset = link.offset + link.length;
  }
  return faults;
}
