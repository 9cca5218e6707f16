/**
 * Opens what the form page edits: the device copy when there is one (it is never older than
 * the server's), else the server's draft, else a case sent back for 补正. ID numbers come back
 * from the server masked, so the applicant's own is fetched again to prefill the form.
 */
import type { ApplicationDetail, LicenceView, Me } from '@core/api';
import { api, read } from '../../app/api';
import { forgetDraft, loadDraft, saveLocal, saveState, type LocalDraft } from './drafts.store';
import { emptyForm, fromServerForm, type FormState } from './form-state';

type Applicant = Extract<Me, { kind: 'applicant' }>;

export type Opened =
  | {
      kind: 'form';
      draft: LocalDraft;
      licence: LicenceView | null;
      correction: { version: number; items: string[] } | null;
    }
  | { kind: 'elsewhere' };

async function myIdNumber(): Promise<string | null> {
  try {
    return (await read(api.me['id-number'].$get())).idNumber;
  } catch {
    return null;
  }
}

/** Fills the operator (or, filing as agent, the agent) from the verified identity. */
export async function prefillIdentity(form: FormState, who: Applicant): Promise<FormState> {
  const out = { ...form };
  const agent = out.byAgent === true;
  const idKey = agent ? 'agentIdNumber' : 'idNumber';
  const nameKey = agent ? 'agentName' : 'operatorName';
  if (who.name && !out[nameKey]) out[nameKey] = who.name;
  if (who.realNameVerified && !out[idKey]) {
    const id = await myIdNumber();
    if (id) out[idKey] = id;
  }
  return out;
}

async function licenceOf(id: string | null): Promise<LicenceView | null> {
  if (!id) return null;
  const res = await read(api.my.licences.$get());
  return res.items.find((l) => l.id === id) ?? null;
}

export async function openDraft(id: string, who: Applicant): Promise<Opened> {
  const local = await loadDraft(id);
  let server: ApplicationDetail | null = null;
  let serverError: unknown = null;
  try {
    server = (await read(api.my.applications[':id'].$get({ param: { id } }))).application;
  } catch (err) {
    // Offline, or a draft not yet on the server: the device copy is all there is.
    if (!local) throw err;
    serverError = err;
  }
  if (server && server.status !== 'draft' && server.status !== 'correction_requested') {
    if (local) await forgetDraft(id);
    return { kind: 'elsewhere' };
  }
  const correction =
    server?.status === 'correction_requested'
      ? { version: server.version, items: server.correctionItems }
      : (local?.correction ?? null);
  saveState.value = 'idle';
  if (local && local.ownerId === who.id) {
    // Verified since the draft began (in 服务): fill the identity now, without overwriting.
    const form = local.type === 'new' ? await prefillIdentity(local.form, who) : local.form;
    const onServer = local.onServer || server?.status === 'draft';
    const draft = { ...local, form, correction, onServer };
    return { kind: 'form', draft, licence: local.licence, correction };
  }
  // Someone else's copy on this device (a shared phone): only the server's answer counts.
  if (!server) throw serverError;
  const base = Object.keys(server.form).length
    ? fromServerForm(server.type, server.form)
    : emptyForm(server.type);
  const form = server.type === 'new' ? await prefillIdentity(base, who) : base;
  const draft = await saveLocal({
    id,
    ownerId: who.id,
    type: server.type,
    licenceId: server.licenceId,
    licence: await licenceOf(server.licenceId).catch(() => null),
    form,
    idempotencyKey: crypto.randomUUID(),
    mode: server.status === 'draft' ? 'draft' : 'correction',
    correction,
    onServer: server.status === 'draft',
    updatedAt: '',
  });
  return { kind: 'form', draft, licence: draft.licence, correction };
}
