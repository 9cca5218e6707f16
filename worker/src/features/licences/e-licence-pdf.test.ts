/**
 * The printable e-licence through its routes: a PDF for the holder and for the window staff of
 * its county, in a small file (the font subset, not the whole 4.6 MB font); its text is read
 * back by pdf.node.test.ts and by the browser journey.
 */
import { describe, expect, it } from 'vitest';
import { call } from '../../../test/fixtures';
import { sessions, world } from '../../../test/world';

describe('GET …/e-licence.pdf', () => {
  it('answers an A4 PDF under 300 KB to the holder and to a clerk of the county', async () => {
    const w = await world();
    const cookies = await sessions();
    for (const [who, path] of [
      ['applicantA', `/api/my/licences/${w.licenceA}/e-licence.pdf`],
      ['clerk', `/api/licences/${w.licenceA}/e-licence.pdf`],
    ] as const) {
      const t0 = Date.now();
      const res = await call(path, { cookie: cookies[who] });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(
        encodeURIComponent('烟草专卖零售许可证-370702202400001.pdf'),
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      const head = new TextDecoder('latin1').decode(bytes);
      expect(head.startsWith('%PDF-')).toBe(true);
      // The CJK face is embedded (its glyphs only: the whole font is 4.6 MB).
      expect(head).toContain('WenQuanYiMicroHei');
      expect(bytes.length).toBeLessThan(300_000);
      console.log(
        `e-licence PDF for ${who}: ${bytes.length} bytes, ${res.headers.get('server-timing')}, ${Date.now() - t0} ms to answer in workerd`,
      );
    }
  });
});
