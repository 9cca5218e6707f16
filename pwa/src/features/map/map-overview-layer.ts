/**
 * The city-wide overview on the map: the pixels of map-raster.ts (every grid and retailer,
 * painted in the data worker) as one texture on one quad, in a maplibre custom layer. Software
 * WebGL spends seconds tiling and tessellating 5,000 polygons and clustering 40,000 points; a
 * canvas source re-reads its canvas and draws through the raster shader. Here: one upload of
 * ready pixels, one texture fetch per pixel, no tiles to wait for. Vector layers take over when
 * zoomed in.
 *
 * Every GL call happens inside `render`, where maplibre expects its state to be touched.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibre } from 'maplibre-gl';
import type { Raster } from './map-raster';

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
in vec2 a_pos;
in vec2 a_uv;
out vec2 v_uv;
void main() {
  v_uv = a_uv;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform sampler2D u_tex;
in vec2 v_uv;
out vec4 colour;
void main() {
  colour = texture(u_tex, v_uv);
}`;

interface Gl {
  program: WebGLProgram;
  buffer: WebGLBuffer;
  vao: WebGLVertexArrayObject;
  texture: WebGLTexture;
  matrix: WebGLUniformLocation | null;
  sampler: WebGLUniformLocation | null;
  size: [number, number];
}

function shader(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('overview: no shader');
  gl.shaderSource(s, src);
  gl.compileShader(s);
  return s;
}

export class OverviewLayer implements CustomLayerInterface {
  readonly id = 'overview';
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibre | null = null;
  private gl: Gl | null = null;
  private pending: Raster | null = null;
  private corners: [number, number, number, number] | null = null;

  /**
   * Added before the data arrives, so that its shader is compiled during the map's first frame
   * rather than the first frame with data. Hidden from `maxZoom` on.
   */
  constructor(private readonly maxZoom: number) {}

  onAdd(map: MapLibre): void {
    this.map = map;
  }

  /**
   * New pixels (the data arrived, or filters or colours changed), uploaded at the next frame.
   * `corners`: the raster's north-west and south-east corners in mercator units (0..1), from
   * maplibre's MercatorCoordinate.
   */
  update(raster: Raster, corners?: [number, number, number, number]): void {
    this.pending = raster;
    if (corners) this.corners = corners;
    this.map?.triggerRepaint();
  }

  private init(gl: WebGL2RenderingContext): Gl {
    const program = gl.createProgram();
    const buffer = gl.createBuffer();
    const vao = gl.createVertexArray();
    const texture = gl.createTexture();
    if (!program || !buffer || !vao || !texture) throw new Error('overview: no GL objects');
    gl.attachShader(program, shader(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, shader(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    const pos = gl.getAttribLocation(program, 'a_pos');
    const uv = gl.getAttribLocation(program, 'a_uv');
    gl.enableVertexAttribArray(pos);
    gl.vertexAttribPointer(pos, 2, gl.FLOAT, false, 16, 0);
    gl.enableVertexAttribArray(uv);
    gl.vertexAttribPointer(uv, 2, gl.FLOAT, false, 16, 8);
    gl.bindVertexArray(null);
    return {
      program,
      buffer,
      vao,
      texture,
      matrix: gl.getUniformLocation(program, 'u_matrix'),
      sampler: gl.getUniformLocation(program, 'u_tex'),
      size: [0, 0],
    };
  }

  private upload(gl: WebGL2RenderingContext, g: Gl, r: Raster): void {
    if (this.corners) {
      const [x0, y0, x1, y1] = this.corners;
      gl.bindBuffer(gl.ARRAY_BUFFER, g.buffer);
      gl.bufferData(
        gl.ARRAY_BUFFER,
        new Float32Array([x0, y0, 0, 0, x1, y0, 1, 0, x0, y1, 0, 1, x1, y1, 1, 1]),
        gl.STATIC_DRAW,
      );
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, g.texture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    const data = new Uint8Array(r.pixels.buffer, r.pixels.byteOffset, r.pixels.byteLength);
    if (g.size[0] === r.width && g.size[1] === r.height) {
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, r.width, r.height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    } else {
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.texImage2D(
        gl.TEXTURE_2D,
        0,
        gl.RGBA,
        r.width,
        r.height,
        0,
        gl.RGBA,
        gl.UNSIGNED_BYTE,
        data,
      );
      g.size = [r.width, r.height];
    }
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, args: CustomRenderMethodInput): void {
    if (!this.map || this.map.getZoom() >= this.maxZoom) return;
    const gl2 = gl as WebGL2RenderingContext;
    this.gl ??= this.init(gl2);
    const g = this.gl;
    gl2.useProgram(g.program);
    if (this.pending) {
      this.upload(gl2, g, this.pending);
      this.pending = null;
    }
    // Nothing to show yet: the program is linked, which was the point of this frame.
    if (!this.corners) return;
    gl2.uniformMatrix4fv(g.matrix, false, args.defaultProjectionData.mainMatrix);
    gl2.activeTexture(gl2.TEXTURE0);
    gl2.bindTexture(gl2.TEXTURE_2D, g.texture);
    gl2.uniform1i(g.sampler, 0);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.bindVertexArray(g.vao);
    gl2.drawArrays(gl2.TRIANGLE_STRIP, 0, 4);
    gl2.bindVertexArray(null);
  }

  onRemove(_map: MapLibre, gl: WebGL2RenderingContext | WebGLRenderingContext): void {
    const g = this.gl;
    if (!g) return;
    const gl2 = gl as WebGL2RenderingContext;
    gl2.deleteTexture(g.texture);
    gl2.deleteBuffer(g.buffer);
    gl2.deleteVertexArray(g.vao);
    gl2.deleteProgram(g.program);
    this.gl = null;
  }
}
