import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { SHAPE_LOOK_ALIKE_BETTER, shapeVote } from '../../../../worker/core/ocr/shapes';
import { canvasDrawer, type Context2D } from './glyph-drawer';

// Debian's fonts-noto-cjk, which `npm test` makes sure of before anything runs.
const NOTO = '/usr/share/fonts/opentype/noto';
GlobalFonts.registerFromPath(`${NOTO}/NotoSansCJK-Regular.ttc`, 'TestSans');
GlobalFonts.registerFromPath(`${NOTO}/NotoSerifCJK-Regular.ttc`, 'TestSerif');
const make = (side: number) => createCanvas(side, side).getContext('2d') as unknown as Context2D;

describe('canvasDrawer', () => {
  const sans = canvasDrawer(make, 'TestSans')!;
  const serif = canvasDrawer(make, 'TestSerif')!;

  it('draws a character once, black on white, and nothing for a blank', () => {
    const g = sans('垚')!;
    expect(g.width).toBe(g.height);
    expect(g.data.some((v) => v < 64)).toBe(true);
    expect(g.data.some((v) => v > 250)).toBe(true);
    expect(sans('垚')).toBe(g);
    expect(sans(' ')).toBeNull();
  });

  // Printed in a 宋体 (the page), checked against the device's 黑体 (the drawer).
  it('tells a rare name character from its look-alike across typefaces', () => {
    expect(shapeVote(serif('垚')!, ['圭', '卦', '垚'], sans)).toBe('垚');
    expect(shapeVote(serif('圭')!, ['圭', '垚'], sans)).toBeNull();
    // 彧 differs from 或 by a small foot: by the look-alike's margin only.
    expect(shapeVote(serif('彧')!, ['或', '彧'], sans, SHAPE_LOOK_ALIKE_BETTER)).toBe('彧');
    expect(shapeVote(serif('或')!, ['或', '彧'], sans, SHAPE_LOOK_ALIKE_BETTER)).toBeNull();
  });

  // The device draws in both its faces; the page is weighed in the one it is printed in.
  it('weighs a page in the face that fits it, whichever comes first', () => {
    for (const faces of [
      [sans, serif],
      [serif, sans],
    ]) {
      expect(shapeVote(serif('垚')!, ['圭', '垚'], faces)).toBe('垚');
      expect(shapeVote(sans('垚')!, ['圭', '垚'], faces)).toBe('垚');
      expect(shapeVote(serif('圭')!, ['圭', '垚'], faces)).toBeNull();
      expect(shapeVote(sans('圭')!, ['圭', '垚'], faces)).toBeNull();
    }
  });
});
