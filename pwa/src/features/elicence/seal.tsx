/**
 * The issuing bureau's seal, drawn (no image file): a red ring, the bureau's name along the top
 * arc, the five-pointed star and 行政许可专用章 across the bottom, as on the paper licence.
 */
import { useId } from 'preact/hooks';

/** The five-pointed star's outline around (cx, cy), outer radius r. */
function starPoints(cx: number, cy: number, r: number): string {
  const inner = r * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

export function Seal({ bureau, label }: { bureau: string; label: string }) {
  const arc = `seal-arc-${useId()}`;
  // Wide enough for ~12 characters along 250° of the ring; fewer spread out evenly.
  const size = bureau.length > 12 ? 15 : 18;
  return (
    <svg class="seal" viewBox="0 0 200 200" role="img" aria-label={label} data-testid="seal">
      <defs>
        <path id={arc} d="M 37.8 136 A 72 72 0 1 1 162.2 136" />
      </defs>
      <circle cx="100" cy="100" r="94" fill="none" stroke="currentColor" stroke-width="6" />
      <text font-size={size} font-weight="700" fill="currentColor">
        <textPath
          href={`#${arc}`}
          startOffset="50%"
          text-anchor="middle"
          textLength={Math.min(bureau.length * (size + 3), 290)}
          lengthAdjust="spacing"
        >
          {bureau}
        </textPath>
      </text>
      <polygon points={starPoints(100, 96, 30)} fill="currentColor" />
      <text
        x="100"
        y="158"
        font-size="14"
        font-weight="700"
        text-anchor="middle"
        fill="currentColor"
      >
        行政许可专用章
      </text>
    </svg>
  );
}
