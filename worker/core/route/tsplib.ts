/**
 * TSPLIB 95 files (Reinelt): the symmetric TSP with node coordinates, and tours. Only what the
 * benchmark and `npm run route:solve` need: TYPE TSP, EDGE_WEIGHT_TYPE EUC_2D, CEIL_2D, ATT or
 * GEO, NODE_COORD_SECTION; anything else is refused by name rather than misread.
 */
export const TSPLIB_METRICS = ['EUC_2D', 'CEIL_2D', 'ATT', 'GEO'] as const;
export type TsplibMetric = (typeof TSPLIB_METRICS)[number];

export interface TsplibInstance {
  name: string;
  metric: TsplibMetric;
  /** x (or latitude for GEO) and y (longitude) of node i + 1 at index i. */
  x: Float64Array;
  y: Float64Array;
}

/** `unreadable`: not a well-formed file; `unsupported`: well formed, but a kind we don't solve. */
export class TsplibError extends Error {
  override name = 'TsplibError';
  constructor(
    readonly kind: 'unreadable' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

const SUPPORTED_TYPES = ['TSP'];

/** Parses a TSPLIB TSP file with node coordinates. Throws TsplibError. */
export function parseTsplib(text: string): TsplibInstance {
  const lines = text.split(/\r?\n/);
  const spec = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (line === 'EOF') break;
    if (/^[A-Z_]+_SECTION\b/.test(line)) break;
    const m = /^([A-Z_]+)\s*:\s*(.*)$/.exec(line);
    if (!m)
      throw new TsplibError(
        'unreadable',
        `line ${i + 1}: expected "KEY : value", got "${clip(line)}"`,
      );
    spec.set(m[1]!, m[2]!.trim());
  }
  const type = spec.get('TYPE');
  if (type === undefined) throw new TsplibError('unreadable', 'no TYPE in the specification part');
  if (!SUPPORTED_TYPES.includes(type)) {
    throw new TsplibError('unsupported', `TYPE ${type} is not supported (only TSP)`);
  }
  const metric = spec.get('EDGE_WEIGHT_TYPE');
  if (metric === undefined) throw new TsplibError('unreadable', 'no EDGE_WEIGHT_TYPE');
  if (!(TSPLIB_METRICS as readonly string[]).includes(metric)) {
    throw new TsplibError(
      'unsupported',
      `EDGE_WEIGHT_TYPE ${metric} is not supported (${TSPLIB_METRICS.join(', ')})`,
    );
  }
  const dimText = spec.get('DIMENSION');
  const dim = dimText === undefined ? NaN : Number(dimText);
  if (!Number.isInteger(dim) || dim < 1) {
    throw new TsplibError(
      'unreadable',
      `DIMENSION must be a positive integer, got "${dimText ?? ''}"`,
    );
  }
  const section = lines[i]?.trim().split(/\s/)[0];
  if (section !== 'NODE_COORD_SECTION') {
    throw new TsplibError(
      section === undefined || section === 'EOF' ? 'unreadable' : 'unsupported',
      section === undefined || section === 'EOF'
        ? 'no NODE_COORD_SECTION'
        : `${section} is not supported (only NODE_COORD_SECTION)`,
    );
  }
  const x = new Float64Array(dim).fill(NaN);
  const y = new Float64Array(dim).fill(NaN);
  let count = 0;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (line === 'EOF' || /^[A-Z_]+(_SECTION)?\b/.test(line)) break;
    const parts = line.split(/\s+/);
    const [id, px, py] = parts.map(Number) as [number, number, number];
    if (
      parts.length !== 3 ||
      !Number.isInteger(id) ||
      !Number.isFinite(px) ||
      !Number.isFinite(py)
    ) {
      throw new TsplibError('unreadable', `line ${i + 1}: expected "id x y", got "${clip(line)}"`);
    }
    if (id < 1 || id > dim)
      throw new TsplibError('unreadable', `line ${i + 1}: node ${id} outside 1…${dim}`);
    if (!Number.isNaN(x[id - 1]!))
      throw new TsplibError('unreadable', `line ${i + 1}: node ${id} given twice`);
    x[id - 1] = px;
    y[id - 1] = py;
    count++;
  }
  if (count !== dim) {
    throw new TsplibError('unreadable', `DIMENSION is ${dim} but ${count} nodes have coordinates`);
  }
  return { name: spec.get('NAME') ?? '', metric: metric as TsplibMetric, x, y };
}

/** Parses a TOUR_SECTION (1-based ids, ended by -1 or EOF). */
export function parseTsplibTour(text: string): number[] {
  const start = text.search(/TOUR_SECTION/);
  if (start < 0) throw new TsplibError('unreadable', 'no TOUR_SECTION');
  const tour: number[] = [];
  for (const tok of text.slice(start + 'TOUR_SECTION'.length).split(/\s+/)) {
    if (tok === '') continue;
    if (tok === '-1' || tok === 'EOF') break;
    const v = Number(tok);
    if (!Number.isInteger(v) || v < 1)
      throw new TsplibError('unreadable', `bad node id "${clip(tok)}"`);
    tour.push(v);
  }
  return tour;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
