/**
 * Values wrong in the same way across the bad-input files: hidden characters, an ID number and a
 * credit code with a wrong check digit, and names, texts and dates that are not.
 */
const NUL = '\u0000';
const RLO = '\u202e';
const ZWSP = '\u200b';
const BAD_ID = '370702198001011230'; // check digit wrong (the right one is 4)
const BAD_CREDIT = '91370702MA3C000001';

/** Person names that are not names. */
const BAD_NAMES = [
  '',
  '李',
  '<b>李四</b>',
  `李${NUL}四`,
  `李${RLO}四`,
  `李${ZWSP}四`,
  '李四123',
  '李四@',
  'x'.repeat(41),
];

/** Typed texts (shop names, addresses, reasons) with hidden or active content. */
const BAD_TEXTS = ['', `店${NUL}`, `店${RLO}名`, `店${ZWSP}名`, '<script>x</script>', 'a\u0007b'];

const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '26-02-03', 'tomorrow'];

export { NUL, RLO, ZWSP, BAD_ID, BAD_CREDIT, BAD_NAMES, BAD_TEXTS, BAD_DATES };
