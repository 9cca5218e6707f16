/**
 * Just enough of protobuf's wire format to edit an ONNX model without its schema: fields are
 * read as (number, wire type, bytes) and written back unchanged unless replaced, so nothing
 * an unknown field carries is lost.
 */

export interface WireField {
  field: number;
  wire: number;
  /** Varint value (wire type 0). */
  varint?: bigint;
  /** Payload of a length-delimited field (wire type 2). */
  bytes?: Uint8Array;
  /** The whole encoded field, key included: written back as is. */
  raw: Uint8Array;
}

/** The fields of one message, in order. */
export function readFields(buf: Uint8Array): WireField[] {
  const out: WireField[] = [];
  let p = 0;
  const varint = (): bigint => {
    let r = 0n;
    let shift = 0n;
    for (;;) {
      if (p >= buf.length) throw new Error('protobuf: truncated varint');
      const b = buf[p++]!;
      r |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (!(b & 0x80)) return r;
    }
  };
  while (p < buf.length) {
    const start = p;
    const key = Number(varint());
    const f: WireField = { field: key >>> 3, wire: key & 7, raw: buf };
    if (f.wire === 0) f.varint = varint();
    else if (f.wire === 2) {
      const n = Number(varint());
      if (p + n > buf.length) throw new Error('protobuf: truncated field');
      f.bytes = buf.subarray(p, p + n);
      p += n;
    } else if (f.wire === 5) p += 4;
    else if (f.wire === 1) p += 8;
    else throw new Error(`protobuf: unsupported wire type ${f.wire}`);
    f.raw = buf.subarray(start, p);
    out.push(f);
  }
  return out;
}

const utf8 = new TextDecoder();
export const text = (f: WireField): string => utf8.decode(f.bytes);

/** Appends encoded fields; `finish()` returns the message's bytes. */
export class WireWriter {
  private parts: Uint8Array[] = [];

  private varintBytes(v: bigint): Uint8Array {
    const b: number[] = [];
    let x = BigInt.asUintN(64, v);
    do {
      let byte = Number(x & 0x7fn);
      x >>= 7n;
      if (x) byte |= 0x80;
      b.push(byte);
    } while (x);
    return Uint8Array.from(b);
  }

  raw(bytes: Uint8Array): this {
    this.parts.push(bytes);
    return this;
  }

  varint(field: number, v: number | bigint): this {
    this.parts.push(this.varintBytes(BigInt(field << 3)), this.varintBytes(BigInt(v)));
    return this;
  }

  bytes(field: number, payload: Uint8Array): this {
    this.parts.push(
      this.varintBytes(BigInt((field << 3) | 2)),
      this.varintBytes(BigInt(payload.length)),
      payload,
    );
    return this;
  }

  string(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s));
  }

  finish(): Uint8Array {
    const n = this.parts.reduce((s, p) => s + p.length, 0);
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}
