/** Inline line icons for the tab bar: no icon font to download, crisp at any text size. */
export type TabKey = 'consult' | 'apply' | 'rate' | 'services';

const PATHS: Record<TabKey, string> = {
  // speech bubble with a question
  consult: 'M4 5h16v11H9l-5 4zM12 13v.01M10 8.5a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2',
  // form with pen
  apply: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h5',
  // star
  rate: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  // id card
  services: 'M3 6h18v12H3zM7 10h4M7 14h6M15 10h3v4h-3z',
};

export function TabIcon({ name }: { name: TabKey }) {
  return (
    <svg
      class="tab-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
