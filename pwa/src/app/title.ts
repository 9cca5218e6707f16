/**
 * The document title names the page (WCAG 2.4.2): "工作队列 · 许可微厅", "XK2026… · 新办 ·
 * 许可微厅". Each screen sets it once (PageTitle does it for the screens that use it), in the
 * current language; it is what a tab, the history list and a screen reader announce.
 */
import { useEffect } from 'preact/hooks';
import { C } from './common.strings';
import { t } from './i18n';

/** "a · b · 许可微厅" from the parts given (empty ones left out). */
export function documentTitle(...parts: (string | null | undefined | false)[]): string {
  return [...parts.filter((p): p is string => !!p), t(C.appName)].join(' · ');
}

/** Sets the document title while the calling screen is shown. */
export function useDocumentTitle(...parts: (string | null | undefined | false)[]): void {
  const title = documentTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
