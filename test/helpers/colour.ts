/** A colour as [red, green, blue] 0-255 and alpha 0-1. */
export type Rgba = [number, number, number, number];

/** A colour as CSS writes it (`#rgb`, `#rrggbb`, `#rrggbbaa`) or as a browser computes it (`rgb(…)`, `rgba(…)`). */
export function cssColour(text: string): Rgba {
  const value = text.trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  if (hex) {
    const pairs = hex.length <= 4 ? hex.split('').map((c) => c + c) : (hex.match(/../g) as string[]);
    const [r, g, b, a = 255] = pairs.map((pair) => parseInt(pair, 16));
    return [r, g, b, Math.round((a / 255) * 100) / 100];
  }
  const numbers = /^rgba?\(([^)]*)\)$/.exec(value)?.[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!numbers || numbers.length < 3 || numbers.some(Number.isNaN)) throw new Error(`not a colour: ${JSON.stringify(text)}`);
  const [r, g, b, a = 1] = numbers;
  return [r, g, b, Math.round(a * 100) / 100];
}

/** WCAG 2's relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2's contrast ratio (1 to 21) of a foreground over an opaque background; a translucent foreground is blended first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [fr, fg, fb, fa] = foreground;
  const blend = (f: number, b: number) => b + (f - b) * fa;
  const front: Rgba = [blend(fr, background[0]), blend(fg, background[1]), blend(fb, background[2]), 1];
  const [light, dark] = [luminance(front), luminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
