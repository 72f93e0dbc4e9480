import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { askRunner, democlip, sessionWithClip, SLOW_MS, waitFor } from '../kit';
import { contrastRatio, cssColour } from '../../helpers/colour';

/** The workbench themes the panel is looked at in, and the class VS Code puts on the webview's body for each. */
const THEMES = [
  { name: 'Default Dark+', kind: 'vscode-dark', shot: 'panel-dark' },
  { name: 'Default Light+', kind: 'vscode-light', shot: 'panel-light' },
  { name: 'Default High Contrast Light', kind: 'vscode-high-contrast-light', shot: 'panel-hc-light' },
  { name: 'Default High Contrast', kind: 'vscode-high-contrast', shot: 'panel-hc-dark' },
] as const;

/** WCAG's minimum contrast for normal text (AA). */
const READABLE = 4.5;

type Style = Record<string, string>;

async function styles(selector: string, properties: string[]): Promise<Style[]> {
  const answer = await askRunner({ action: 'webviewStyle', selector, properties });
  assert.ok(answer.ok, `no ${selector} in the webview: ${answer.detail}`);
  return JSON.parse(answer.detail ?? '[]') as Style[];
}

/** The theme kind on the webview's body, once VS Code has sent it the new theme (high-contrast light has both classes). */
async function themeKind(): Promise<string | undefined> {
  const classes = (await styles('body:has(#lanes)', []))[0].class.split(' ');
  return ['vscode-high-contrast-light', 'vscode-high-contrast', 'vscode-dark', 'vscode-light'].find((kind) => classes.includes(kind));
}

/** A line's thickness in CSS pixels; a line of style none is 0. */
const px = (style: Style, side: 'outline' | 'border-top') => (style[`${side}-style`] === 'none' ? 0 : parseFloat(style[`${side}-width`]));
const isSelected = (style: Style) => style.class.split(' ').includes('selected');

describe('the panel in high-contrast themes (contrast)', function () {
  this.timeout(SLOW_MS * 2);
  const workbench = () => vscode.workspace.getConfiguration('workbench');
  after(() => workbench().update('colorTheme', undefined, vscode.ConfigurationTarget.Global));

  it("reads in every theme, outlines segments in the contrast border and the selected one thicker in the active border", async () => {
    const api = await democlip();
    await sessionWithClip(api, [
      { op: 'keep_everything' },
      { op: 'cut_range', start_ms: 4000, end_ms: 6000 },
      { op: 'add_text', text: 'Contrast', anchor: 'start', duration_ms: 2000, style: 'title' },
      { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
    ]);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    await panel.refresh();
    const drawn = await askRunner({ action: 'webviewText', selector: '#lanes', contains: 'Contrast' });
    assert.ok(drawn.ok, `the webview's timeline shows: ${drawn.detail}`);
    // Moment 1 is selected with the mouse, as a user would: one click, no drag.
    const clicked = await askRunner({ action: 'webviewKeys', selector: '.segment[data-key="video:1"]', keys: [] });
    assert.ok(clicked.ok, `the runner could not click moment 1: ${clicked.detail}`);

    for (const theme of THEMES) {
      await workbench().update('colorTheme', theme.name, vscode.ConfigurationTarget.Global);
      await waitFor(`the webview in ${theme.name}`, async () => (await themeKind()) === theme.kind, 30_000);
      // With SHOT_DIR set, the runner keeps a picture of the panel in each theme (a no-op otherwise).
      await askRunner({ action: 'webviewShot', selector: 'body:has(#lanes)', name: theme.shot });

      // Every segment's words: the title, the moments, the music, each against what is behind it.
      const labels = await styles('.segment .label', ['color', 'backdrop']);
      assert.equal(labels.length, 4, `${theme.name}: two moments, the title and the music are labelled`);
      for (const label of labels) {
        const ratio = contrastRatio(cssColour(label.color), cssColour(label.backdrop));
        assert.ok(ratio >= READABLE, `${theme.name}: a segment's words (${label.color} on ${label.backdrop}) have contrast ${ratio.toFixed(2)}, under ${READABLE}`);
      }
      if (!theme.kind.startsWith('vscode-high-contrast')) continue;

      const [root] = await styles('html:has(#lanes)', ['--vscode-contrastBorder', '--vscode-contrastActiveBorder']);
      const [contrastBorder, activeBorder] = [root['--vscode-contrastBorder'], root['--vscode-contrastActiveBorder']];
      assert.ok(contrastBorder && activeBorder, `${theme.name} gives the webview contrast borders: ${JSON.stringify(root)}`);
      const segments = await styles('.segment', ['outline-style', 'outline-width', 'border-top-style', 'border-top-width', 'border-top-color', 'border-left-color']);
      const [chosen, ...more] = segments.filter(isSelected);
      assert.ok(chosen && more.length === 0, `${theme.name}: one segment is selected: ${JSON.stringify(segments.map((s) => s.class))}`);
      assert.equal(chosen['border-top-style'], 'solid');
      assert.deepEqual(cssColour(chosen['border-top-color']), cssColour(activeBorder), `${theme.name}: the selected segment is drawn in contrastActiveBorder`);
      for (const other of segments.filter((s) => !isSelected(s))) {
        assert.equal(other['border-top-style'], 'solid', `${theme.name}: an unselected segment is outlined: ${JSON.stringify(other)}`);
        for (const edge of ['border-top-color', 'border-left-color']) {
          assert.deepEqual(cssColour(other[edge]), cssColour(contrastBorder), `${theme.name}: its ${edge} is contrastBorder: ${JSON.stringify(other)}`);
        }
        // Told apart by more than colour: the selected segment's line is thicker than any line of the others.
        const thickest = Math.max(px(other, 'outline'), px(other, 'border-top'));
        assert.ok(px(chosen, 'border-top') >= thickest + 1, `${theme.name}: the selected segment's border (${chosen['border-top-width']}) is thicker than the others' (${thickest} px)`);
      }
    }
  });
});
