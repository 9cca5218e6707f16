/**
 * The recognised fields, each editable with a confidence marker: green ok, amber to check
 * (low confidence or disagreeing), red when missing or failing its check digit.
 */
import { useSignal } from '@preact/signals';
import { t } from '../../app/i18n';
import type { FieldReading } from '../../../../worker/core/ocr/types';
import type { OcrOutcome } from '../../workers/ocr-protocol';
import { O } from './ocr.strings';
import { diffParts } from './option-diff';
import { fieldsOf, flagText, issueText, LONG_FIELDS, markOf } from './result-fields';

const MARK_SYMBOL = { ok: '✓', check: '!', problem: '✗' } as const;

/** What a value taken from the applicant's 实名认证 says, by field (the name's by default). */
const FROM_IDENTITY: Partial<Record<string, (typeof O)[keyof typeof O]>> = {
  id_number: O.fromIdentityNumber,
  legal_rep: O.fromIdentityOperator,
};

export function ResultView(p: {
  outcome: OcrOutcome;
  onUse: (fields: Record<string, string>, confidence: Record<string, number>) => void;
  onRetake: () => void;
  onCancel: () => void;
}) {
  const readings = p.outcome.fields as Record<string, FieldReading>;
  const values = useSignal<Record<string, string>>(
    Object.fromEntries(Object.entries(readings).map(([k, v]) => [k, v.value])),
  );
  const edited = useSignal<Record<string, boolean>>({});
  const issue = issueText(p.outcome.kind, p.outcome.issue, readings);

  const edit = (key: string, value: string) => {
    // A line break typed into a wrapped field is no part of the value.
    values.value = { ...values.value, [key]: value.replace(/[\r\n]+/g, '') };
    edited.value = { ...edited.value, [key]: true };
  };

  const use = () => {
    const confidence = Object.fromEntries(
      Object.keys(values.value).map((k) => [
        k,
        edited.value[k] ? 100 : (readings[k]?.confidence ?? 0),
      ]),
    );
    p.onUse(values.value, confidence);
  };

  return (
    <div class="ocr-result" data-line-threads={p.outcome.lineThreads}>
      <h2>{t(O.resultTitle)}</h2>
      <p class="ocr-note">{t(O.resultHint)}</p>
      {issue && (
        <div class="ocr-issue" role="status" data-testid="ocr-issue" data-issue={p.outcome.issue}>
          <p>{t(issue)}</p>
          <button type="button" class="btn" onClick={p.onRetake}>
            {t(O.retake)}
          </button>
        </div>
      )}
      {fieldsOf(p.outcome.kind).map(({ key, label }) => {
        const r = readings[key];
        const value = values.value[key] ?? '';
        const mark = markOf(key, value, r, !!edited.value[key]);
        const note = edited.value[key] ? null : flagText(r, key);
        const options = edited.value[key] ? [] : (r?.options ?? []);
        const business = p.outcome.kind === 'licence' && key === 'name';
        const hint =
          key === 'address' ? O.placeOptionsHint : business ? O.businessOptionsHint : O.optionsHint;
        return (
          <div key={key} class={`ocr-field ocr-${mark}`} data-testid={`ocr-field-${key}`}>
            <label class="ocr-field-box">
              <span class="ocr-label">
                <span class="ocr-mark" aria-hidden="true">
                  {MARK_SYMBOL[mark]}
                </span>
                {t(label)}
                {!edited.value[key] && r?.value ? (
                  <small> {Math.round(r.confidence)}%</small>
                ) : null}
              </span>
              {LONG_FIELDS.has(key) ? (
                // Wrapped in full; the rows follow the value (field-sizing where supported).
                <textarea
                  value={value}
                  rows={Math.max(1, Math.ceil([...value].length / 14))}
                  aria-invalid={mark === 'problem'}
                  onInput={(e) => edit(key, (e.currentTarget as HTMLTextAreaElement).value)}
                />
              ) : (
                <input
                  value={value}
                  aria-invalid={mark === 'problem'}
                  onInput={(e) => edit(key, (e.currentTarget as HTMLInputElement).value)}
                />
              )}
            </label>
            {note && <small class="ocr-flag">{t(note)}</small>}
            {!edited.value[key] && r?.from === 'identity' && (
              <small class="ocr-from" data-testid="ocr-from-identity">
                {t(FROM_IDENTITY[key] ?? O.fromIdentity)}
              </small>
            )}
            {options.length > 0 && (
              // A rare character the reader took for its look-alike (彧 for 或, 掇 for 摄): the
              // value with it put back, one tap instead of finding 彧 on a phone keyboard.
              <div class="ocr-options" role="group" aria-label={t(hint)}>
                <small>{t(hint)}</small>
                {options.map((o) => (
                  <button
                    key={o}
                    type="button"
                    class={`btn ocr-option${key === 'address' || business ? ' ocr-option-long' : ''}`}
                    data-testid={`ocr-option-${key}`}
                    onClick={() => edit(key, o)}
                  >
                    {/* One child: the button lays its children out apart (flex, gap). */}
                    <span>
                      {diffParts(value, o).map((part, i) =>
                        part.changed ? (
                          <strong key={i} class="ocr-diff">
                            {part.text}
                          </strong>
                        ) : (
                          part.text
                        ),
                      )}
                    </span>
                  </button>
                ))}
              </div>
            )}
          </div>
        );
      })}
      <div class="ocr-actions">
        <button type="button" class="btn btn-primary" onClick={use} data-testid="ocr-use">
          {t(O.use)}
        </button>
        <button type="button" class="btn" onClick={p.onRetake}>
          {t(O.retake)}
        </button>
        <button type="button" class="btn btn-ghost" onClick={p.onCancel}>
          {t(O.cancel)}
        </button>
      </div>
    </div>
  );
}
