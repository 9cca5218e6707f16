/**
 * The document layouts of the two halves of the benchmark. The tuning half and the held-out
 * half share no layout: different field orders, columns, label spacing, fonts, positions of
 * the credit code, QR code and seal, and (held-out only) the partnership and branch licences
 * with their own labels (执行事务合伙人, 负责人, 主要经营场所, 营业场所). The pipeline may be tuned
 * on the first half only.
 */
import type { Business } from './corpus';

export type LabelStyle = 'spaced' | 'compact' | 'colon' | 'justified';
export type Slot = 'name' | 'type' | 'rep' | 'address' | 'capital' | 'date' | 'term' | 'scope';
export type Half = 'tune' | 'holdout';

export interface IdLayout {
  name: string;
  labelStyle: LabelStyle;
  labelX: number;
  labelWidth: number;
  labelSize: number;
  labelFont: string;
  labelColor: string;
  valueX: number;
  valueSize: number;
  valueFont: string;
  ethnicityX: number;
  top: number;
  pitch: number;
  addressChars: number;
  addressPitch: number;
  numberX: number;
  numberY: number;
  numberSize: number;
  numberFont: string;
  tint: [string, string];
}

export interface LicenceLayout {
  name: string;
  businesses: Business[];
  labelStyle: LabelStyle;
  labelFont: string;
  valueFont: string;
  titleFont: string;
  font: number;
  top: number;
  pitch: number;
  scopeLines: number;
  columns: { x: number; valueX: number; right: number; slots: Slot[] }[];
  code: { x: number; y: number; inline: boolean; size: number; labelSize: number; font: string };
  qr: { x: number; y: number };
  stamp: { x: number; y: number };
  paper: string;
  guilloche: string;
  frame: string;
}

export { ID_LAYOUTS } from './id-layouts';

const LIC_BASE = {
  labelFont: 'XSansBold',
  valueFont: 'XSans',
  titleFont: 'XSansBold',
  font: 26,
  top: 400,
  pitch: 62,
  scopeLines: 2,
  paper: '#fbf8f1',
  guilloche: 'rgba(200,150,110,0.12)',
  frame: '#b8862e',
};

export const LICENCE_LAYOUTS: Record<Half, LicenceLayout[]> = {
  tune: [
    {
      ...LIC_BASE,
      name: 'single-individual-old-order',
      businesses: ['individual', 'sole'],
      labelStyle: 'spaced',
      columns: [
        {
          x: 220,
          valueX: 400,
          right: 1280,
          slots: ['name', 'type', 'rep', 'address', 'capital', 'date', 'scope'],
        },
      ],
      code: { x: 110, y: 270, inline: false, size: 28, labelSize: 24, font: 'XMono' },
      qr: { x: 1180, y: 90 },
      stamp: { x: 1110, y: 840 },
    },
    {
      ...LIC_BASE,
      name: 'two-column-company',
      businesses: ['company'],
      labelStyle: 'compact',
      valueFont: 'XSerif',
      top: 400,
      pitch: 70,
      columns: [
        { x: 110, valueX: 270, right: 730, slots: ['name', 'type', 'rep', 'scope'] },
        { x: 760, valueX: 910, right: 1320, slots: ['capital', 'date', 'term', 'address'] },
      ],
      code: { x: 110, y: 270, inline: false, size: 28, labelSize: 24, font: 'XMono' },
      qr: { x: 1180, y: 90 },
      stamp: { x: 1110, y: 850 },
    },
    {
      ...LIC_BASE,
      name: 'single-company-colon',
      businesses: ['company', 'partnership'],
      labelStyle: 'colon',
      valueFont: 'XSerif',
      font: 25,
      top: 390,
      pitch: 60,
      scopeLines: 3,
      columns: [
        {
          x: 180,
          valueX: 360,
          right: 1270,
          slots: ['name', 'type', 'rep', 'address', 'capital', 'date', 'term', 'scope'],
        },
      ],
      code: { x: 180, y: 295, inline: true, size: 26, labelSize: 23, font: 'XDigits' },
      qr: { x: 1160, y: 80 },
      stamp: { x: 1060, y: 840 },
      paper: '#faf7ee',
    },
    {
      ...LIC_BASE,
      name: 'two-column-branch-individual',
      businesses: ['branch', 'individual'],
      labelStyle: 'spaced',
      labelFont: 'XSerifBold',
      font: 24,
      top: 405,
      pitch: 66,
      columns: [
        { x: 100, valueX: 260, right: 715, slots: ['name', 'type', 'address', 'scope'] },
        { x: 740, valueX: 900, right: 1320, slots: ['rep', 'capital', 'date', 'term'] },
      ],
      code: { x: 100, y: 280, inline: false, size: 29, labelSize: 23, font: 'XMono2' },
      qr: { x: 95, y: 90 },
      stamp: { x: 1120, y: 845 },
      guilloche: 'rgba(170,160,120,0.14)',
    },
    {
      ...LIC_BASE,
      name: 'two-column-2019-company-justified',
      businesses: ['company', 'partnership', 'branch'],
      labelStyle: 'justified',
      valueFont: 'XSerif',
      font: 25,
      top: 415,
      pitch: 60,
      scopeLines: 6,
      columns: [
        { x: 95, valueX: 265, right: 705, slots: ['name', 'type', 'rep', 'scope'] },
        { x: 735, valueX: 895, right: 1295, slots: ['capital', 'date', 'term', 'address'] },
      ],
      code: { x: 95, y: 265, inline: false, size: 27, labelSize: 22, font: 'XMono' },
      qr: { x: 1185, y: 85 },
      stamp: { x: 1130, y: 860 },
      paper: '#fcfaf4',
    },
    {
      ...LIC_BASE,
      name: 'two-column-2019-individual-justified',
      businesses: ['individual'],
      labelStyle: 'justified',
      labelFont: 'XSerifBold',
      valueFont: 'XSerif',
      font: 25,
      top: 415,
      pitch: 62,
      scopeLines: 5,
      columns: [
        { x: 95, valueX: 265, right: 705, slots: ['name', 'type', 'rep', 'scope'] },
        { x: 735, valueX: 895, right: 1295, slots: ['capital', 'date', 'address'] },
      ],
      code: { x: 95, y: 265, inline: false, size: 28, labelSize: 22, font: 'XDigits' },
      qr: { x: 1185, y: 85 },
      stamp: { x: 1100, y: 855 },
    },
    {
      ...LIC_BASE,
      name: 'single-individual-address-first-justified',
      businesses: ['individual', 'sole'],
      labelStyle: 'justified',
      font: 26,
      top: 395,
      pitch: 60,
      scopeLines: 3,
      columns: [
        {
          x: 190,
          valueX: 370,
          right: 1260,
          slots: ['name', 'type', 'address', 'rep', 'capital', 'date', 'scope'],
        },
      ],
      code: { x: 190, y: 300, inline: true, size: 26, labelSize: 23, font: 'XMono2' },
      qr: { x: 1170, y: 90 },
      stamp: { x: 1090, y: 850 },
      guilloche: 'rgba(160,170,140,0.14)',
    },
  ],
  holdout: [
    {
      ...LIC_BASE,
      name: 'single-individual-new-order',
      businesses: ['individual'],
      labelStyle: 'colon',
      labelFont: 'XSerifBold',
      valueFont: 'XSerif',
      titleFont: 'XSerifBold',
      font: 24,
      top: 380,
      pitch: 58,
      scopeLines: 3,
      columns: [
        {
          x: 160,
          valueX: 330,
          right: 1250,
          slots: ['name', 'type', 'address', 'rep', 'capital', 'date', 'scope'],
        },
      ],
      code: { x: 160, y: 300, inline: true, size: 26, labelSize: 24, font: 'XMono2' },
      qr: { x: 80, y: 80 },
      stamp: { x: 1080, y: 820 },
      paper: '#fdfbf6',
    },
    {
      ...LIC_BASE,
      name: 'two-column-individual',
      businesses: ['individual'],
      labelStyle: 'spaced',
      font: 25,
      top: 395,
      pitch: 66,
      columns: [
        { x: 90, valueX: 250, right: 700, slots: ['name', 'type', 'rep', 'scope'] },
        { x: 730, valueX: 880, right: 1320, slots: ['capital', 'date', 'address'] },
      ],
      code: { x: 90, y: 275, inline: false, size: 30, labelSize: 22, font: 'XDigits' },
      qr: { x: 1190, y: 85 },
      stamp: { x: 980, y: 830 },
      guilloche: 'rgba(150,170,200,0.14)',
    },
    {
      ...LIC_BASE,
      name: 'single-company-address-first',
      businesses: ['company', 'sole'],
      labelStyle: 'spaced',
      labelFont: 'XSerifBold',
      font: 27,
      top: 375,
      pitch: 58,
      scopeLines: 2,
      columns: [
        {
          x: 200,
          valueX: 390,
          right: 1290,
          slots: ['name', 'type', 'address', 'rep', 'capital', 'date', 'term', 'scope'],
        },
      ],
      code: { x: 200, y: 300, inline: true, size: 27, labelSize: 23, font: 'XMono' },
      qr: { x: 1170, y: 95 },
      stamp: { x: 1150, y: 835 },
      frame: '#9a6a22',
    },
    {
      ...LIC_BASE,
      name: 'two-column-partnership-branch',
      businesses: ['partnership', 'branch', 'company'],
      labelStyle: 'colon',
      valueFont: 'XSerif',
      font: 24,
      top: 390,
      pitch: 64,
      scopeLines: 3,
      columns: [
        { x: 80, valueX: 290, right: 720, slots: ['name', 'type', 'rep', 'scope'] },
        { x: 745, valueX: 905, right: 1330, slots: ['capital', 'date', 'term', 'address'] },
      ],
      code: { x: 80, y: 280, inline: false, size: 27, labelSize: 23, font: 'XMono2' },
      qr: { x: 90, y: 95 },
      stamp: { x: 1040, y: 845 },
      paper: '#f8f6ef',
    },
  ],
};
