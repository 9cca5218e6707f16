/**
 * SOP settings (admins only): each business type's steps, promised limits and decision levels,
 * as versions. A save is a new version that new cases take; cases already submitted keep
 * theirs. A promise longer than the law, or levels not ending with the approver's decision,
 * is refused with every problem named and nothing saved.
 */
import { Hono } from 'hono';
import { BUSINESS_TYPES } from '../../../core/business-types';
import {
  DEFAULT_SOP,
  SOP_STEPS,
  sopInputSchema,
  sopProblems,
  typeParamSchema,
  type SopListAnswer,
  type SopVersionView,
} from '../../../core/sop';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, parse } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { allSopVersions, insertSopVersionStatement } from './sop.repo';

const defaultView = (type: SopVersionView['type']): SopVersionView => ({
  type,
  version: 0,
  note: '',
  createdAt: '',
  createdBy: null,
  ...DEFAULT_SOP,
});

export const sopAdminRoutes = new Hono<AppEnv>()
  .use(requireStaff('admin'))
  .get('/', async (c) => {
    const all = await allSopVersions(c.env.DB);
    const answer: SopListAnswer = {
      types: BUSINESS_TYPES.map((type) => {
        const history = all.filter((v) => v.type === type);
        return { type, current: history[0] ?? defaultView(type), history };
      }),
    };
    return c.json(answer);
  })
  .put('/:type', json(sopInputSchema), async (c) => {
    const { type } = parse(typeParamSchema, { type: c.req.param('type') });
    const input = c.req.valid('json');
    const problems = sopProblems(input);
    const first = problems[0];
    if (first) {
      throw new AppError(
        first.code,
        problems.map((p) => ({ path: p.path, message: p.en })),
        { zh: first.zh, en: first.en },
      );
    }
    // Stored in canonical step order, whatever order the form sent.
    const rules = {
      steps: SOP_STEPS.map((s) => input.steps.find((x) => x.step === s)).filter((s) => !!s),
      levels: input.levels,
    };
    const p = staffOf(c);
    const res = await insertSopVersionStatement(
      c.env.DB,
      type,
      input.basedOn,
      rules,
      input.note,
      p.id,
      appNowIso(c.env),
    ).run();
    if (!res.meta.changes) throw new AppError('CONFLICT');
    const version = input.basedOn + 1;
    await audit(c, {
      event: 'sop_version_created',
      subjectType: 'sop',
      subjectId: `${type}-v${version}`,
      detail: {
        type,
        version,
        note: input.note,
        promisedDays: Object.fromEntries(rules.steps.map((s) => [s.step, s.promisedDays])),
        levels: rules.levels.map((l) => l.level),
      },
    });
    return c.json({ type, version });
  });
