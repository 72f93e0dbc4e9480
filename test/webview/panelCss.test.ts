import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const CSS = readFileSync(path.join(__dirname, '../../../media/panel.css'), 'utf8');
const FORCED_COLORS = '(forced-colors: active)';

interface Rule {
  selectors: string[];
  declarations: Map<string, string>;
  /** The @media condition the rule sits in, if any. */
  media?: string;
}

/** The rules of a stylesheet with plain rules and one level of @media (all panel.css uses). */
function parseCss(css: string): Rule[] {
  const rules: Rule[] = [];
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = /([^{}]+)\{([^{}]*)\}|(@media[^{]+)\{|\}/g;
  let media: string | undefined;
  for (let match = block.exec(source); match; match = block.exec(source)) {
    if (match[3]) media = match[3].replace('@media', '').trim();
    else if (!match[1]) media = undefined;
    else {
      const declarations = new Map<string, string>();
      for (const declaration of match[2].split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
      }
      rules.push({ selectors: match[1].split(',').map((s) => s.trim().replace(/\s+/g, ' ')), declarations, media });
    }
  }
  return rules;
}

/** The value without its var(…) calls: a literal in a var()'s fallback is only used where VS Code sets no colour. */
function withoutVars(value: string): string {
  let rest = value;
  for (let start = rest.indexOf('var('); start >= 0; start = rest.indexOf('var(')) {
    let depth = 0;
    let end = start + 3;
    do {
      if (rest[end] === '(') depth++;
      if (rest[end] === ')') depth--;
      end++;
    } while (depth > 0 && end < rest.length);
    rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  }
  return rest;
}

/** Properties whose value may hold a colour; every word left in them outside var() must be one of KEYWORDS. */
const COLOUR_PROPERTY = /^(color|background(-color)?|border(-(top|right|bottom|left|inline|block))?(-color)?|outline(-color)?|accent-color|caret-color|fill|stroke|box-shadow|text-shadow|text-decoration(-color)?|column-rule(-color)?)$/;
const KEYWORDS = new Set(['none', 'solid', 'dashed', 'dotted', 'double', 'transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'inset', 'auto', 'no-repeat', 'border-box', 'padding-box', 'content-box']);
/** The operating system's colours, for forced-colors mode only (outside it they would ignore the VS Code theme). */
const SYSTEM_COLOURS = new Set(['canvas', 'canvastext', 'linktext', 'visitedtext', 'activetext', 'buttonface', 'buttontext', 'buttonborder', 'field', 'fieldtext', 'highlight', 'highlighttext', 'selecteditem', 'selecteditemtext', 'mark', 'marktext', 'graytext', 'accentcolor', 'accentcolortext']);
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

const rules = parseCss(CSS);
const rule = (selector: string, media?: string) => rules.find((r) => r.selectors.includes(selector) && r.media === media);
/** A border or outline shorthand's width, px. */
const width = (value: string | undefined) => Number(/(\d+(?:\.\d+)?)px/.exec(value ?? '')?.[1] ?? 0);

describe("the panel's stylesheet (media/panel.css)", () => {
  it('has no colour of its own: only the theme variables (literals at most as a var() fallback), system colours only for forced colours', () => {
    assert.ok(rules.length > 30, `parsed ${rules.length} rules: the parser missed the stylesheet`);
    const found: string[] = [];
    for (const { selectors, declarations, media } of rules) {
      for (const [property, value] of declarations) {
        const bare = withoutVars(value);
        const where = `${media ? `@media ${media} ` : ''}${selectors.join(', ')} { ${property}: ${value} }`;
        if (COLOUR_LITERAL.test(bare)) found.push(`${where}: a colour literal`);
        if (!COLOUR_PROPERTY.test(property)) continue;
        for (const word of bare.replace(/url\([^)]*\)/g, '').match(/(?<![\w.#-])[a-z][a-z-]*/gi) ?? []) {
          const known = KEYWORDS.has(word.toLowerCase()) || (media === FORCED_COLORS && SYSTEM_COLOURS.has(word.toLowerCase()));
          if (!known) found.push(`${where}: "${word}" (a named colour? add a keyword that is none to KEYWORDS)`);
        }
      }
    }
    assert.deepEqual(found, []);
  });

  it('the check catches a hard-coded colour, and spares a var() fallback', () => {
    assert.ok(COLOUR_LITERAL.test(withoutVars('1px solid #fff')));
    assert.ok(COLOUR_LITERAL.test(withoutVars('rgba(0, 0, 0, 0.5)')));
    assert.ok(!COLOUR_LITERAL.test(withoutVars('1px solid var(--vscode-contrastBorder, var(--x, #fff))')));
    assert.deepEqual(withoutVars('2px solid var(--a, var(--b)) red').match(/[a-z]+/g), ['px', 'solid', 'red']);
  });

  it('outlines segments in the contrast border, the selection thicker in the active contrast border, focus apart from both', () => {
    const segment = rule('.segment')?.declarations;
    assert.ok(segment, 'a .segment rule');
    assert.match(segment.get('border') ?? '', /^1px solid var\(--vscode-contrastBorder\b/);
    // The left edge parts neighbours in an ordinary theme; in high contrast it is a contrast border like the others.
    assert.match(segment.get('border-left-color') ?? '', /^var\(--vscode-contrastBorder\b/);

    const selected = rule('.segment.selected')?.declarations;
    assert.ok(selected, 'a .segment.selected rule');
    assert.match(selected.get('border') ?? '', /solid var\(--vscode-contrastActiveBorder\b/);
    assert.ok(width(selected.get('border')) >= width(segment.get('border')) + 2, 'selected is told apart by thickness, not colour alone');

    const focus = rules.find((r) => r.selectors.includes('.segment:focus-visible') && !r.media)?.declarations;
    assert.match(focus?.get('outline') ?? '', /var\(--vscode-focusBorder\)/, 'a focused segment has an outline');
    assert.equal(rule('.segment.selected:focus-visible')?.declarations.get('outline-style'), 'dashed', 'a selected segment shows focus too');
  });

  it('draws the words of a segment on the editor colours, and grips, playhead and waveform that high contrast does not hide', () => {
    const label = rule('.segment .label')?.declarations;
    assert.equal(label?.get('background'), 'var(--vscode-editor-background)');
    assert.equal(label?.get('color'), 'var(--vscode-foreground)');
    assert.ok(!label?.has('opacity'), 'the words are not faded');
    assert.equal(rule('body.vscode-high-contrast .grip')?.declarations.get('opacity'), '1');
    assert.match(rule('.playhead')?.declarations.get('box-shadow') ?? '', /var\(--vscode-editor-background\)/, 'a halo around the playhead');
    assert.equal(rule('body.vscode-high-contrast .segment .waveform path')?.declarations.get('opacity'), '1');
  });

  it('keeps segments, the selection, grips and playhead visible in forced colours, where fills are dropped', () => {
    const segment = rule('.segment', FORCED_COLORS)?.declarations.get('border');
    const selected = rule('.segment.selected', FORCED_COLORS)?.declarations.get('border');
    assert.match(segment ?? '', /CanvasText/);
    assert.ok(width(selected) > width(segment), 'selected is thicker in forced colours too');
    for (const part of ['.grip', '.playhead']) assert.equal(rule(part, FORCED_COLORS)?.declarations.get('forced-color-adjust'), 'none', `${part} keeps its colour`);
  });
});
