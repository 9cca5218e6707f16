/** Bad input for the remote checklist catalogue and remote inspections (云上核查). */
import { SEED_CATALOGUE } from '../core/checklist-seed';
import type { Principal, World } from './authz.principals';

export interface BadCase {
  name: string;
  who: Principal;
  method?: string;
  path: string | ((w: World) => string);
  body?: unknown;
  headers?: Record<string, string>;
  code: string;
}

const item = SEED_CATALOGUE.change[0]!;
const edition = (items: unknown, extra: Record<string, unknown> = {}) => ({
  basedOn: 'change-v1',
  items,
  note: '坏输入测试',
  ...extra,
});

export const CHECKLIST_CASES: BadCase[] = [
  {
    name: 'catalogue: an unknown kind',
    who: 'admin',
    path: '/api/checklists/onsite',
    body: edition([item]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an edition without items',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: the same item twice',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item, item]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an item id with spaces',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, id: 'bad id' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: markup in the legal basis',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, basis: '<script>x</script>' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an item without its pass standard',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, standard: undefined }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: still frame as a string',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, still: 'yes' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: thirty-one items',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition(Array.from({ length: 31 }, (_, i) => ({ ...item, id: `item_${i}` }))),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: no note',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { note: '' }),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: based on an old edition',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { basedOn: 'change-v0' }),
    code: 'CONFLICT',
  },
  {
    name: 'catalogue: a field the schema does not know',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { publish: true }),
    code: 'VALIDATION_FAILED',
  },
];
