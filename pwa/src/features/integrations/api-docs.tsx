/**
 * 开放接口文档: the OpenAPI document the worker serves, readable in the app itself (no CDN, no
 * third-party viewer): endpoints grouped by area, each opening to its caller, parameters, body
 * schema and answers, with a filter and the raw document to download.
 */
import { useSignal } from '@preact/signals';
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { S } from './integrations.strings';
import { matching, operationsOf, type DocOperation } from './openapi-model';
import './integrations.css';

/** Markdown's `code` spans of the document's descriptions, as <code>. */
function Described({ text }: { text: string }) {
  return (
    <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>
  );
}

function Operation({ op }: { op: DocOperation }) {
  const [about, who] = op.description.split('\n\nWho: ');
  return (
    <details class="integrations-op" data-testid="api-op">
      <summary>
        <span class={`integrations-method integrations-method-${op.method.toLowerCase()}`}>
          {op.method}
        </span>
        <code class="integrations-path">{op.path}</code>
        <span class="integrations-summary">{op.summary}</span>
      </summary>
      <div class="integrations-op-body">
        {about && <p>{about}</p>}
        {who && (
          <p>
            <strong>{t(S.who)}</strong>: {who}
          </p>
        )}
        {op.params.length > 0 && (
          <>
            <h4>{t(S.parameters)}</h4>
            <ul class="integrations-params">
              {op.params.map((p) => (
                <li key={`${p.in}-${p.name}`}>
                  <code>{p.name}</code> ({p.in}, {p.type}
                  {p.required ? `, ${t(S.required)}` : ''})
                </li>
              ))}
            </ul>
          </>
        )}
        {op.body && (
          <>
            <h4>{t(S.requestBody)}</h4>
            <pre class="integrations-schema">{op.body}</pre>
          </>
        )}
        <h4>{t(S.responses)}</h4>
        <ul class="integrations-params">
          {op.responses.map((r) => (
            <li key={r.status}>
              <strong>{r.status}</strong> <Described text={r.description} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export function ApiDocs() {
  const filter = useSignal('');
  const res = useResource(
    async (signal) => operationsOf(await read(api['openapi.json'].$get({}, opts({ signal })))),
    [],
  );
  return (
    <section data-testid="api-docs">
      <PageTitle text={S.docsTitle} />
      <p class="lead">{t(S.docsLead)}</p>
      <div class="integrations-bar">
        <div class="field">
          <label for="api-filter">{t(S.filter)}</label>
          <input
            id="api-filter"
            type="search"
            placeholder={t(S.filterHint)}
            value={filter.value}
            onInput={(e) => (filter.value = e.currentTarget.value)}
          />
        </div>
        <a class="btn" href="/api/openapi.json" download="openapi.json">
          {t(S.download)}
        </a>
      </div>
      <Async res={res}>
        {(all) => {
          const ops = matching(all, filter.value);
          const tags = [...new Set(ops.map((o) => o.tag))];
          return (
            <>
              <p class="hint" data-testid="api-count">
                {fmt(t(S.operations), { n: ops.length })}
              </p>
              {ops.length === 0 && <p>{t(S.noMatch)}</p>}
              {tags.map((tag) => (
                <section key={tag} class="integrations-tag">
                  <h2>{tag}</h2>
                  {ops
                    .filter((o) => o.tag === tag)
                    .map((o) => (
                      <Operation key={o.id} op={o} />
                    ))}
                </section>
              ))}
            </>
          );
        }}
      </Async>
    </section>
  );
}
