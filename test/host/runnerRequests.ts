// The runner's side of askRunner (kit.ts): it watches the requests folder and does, in the workbench's page, what
// the tests inside the extension host cannot (a click in a webview, a screenshot). Used by the offline launcher
// (code-server's workbench in Chromium) and by the desktop run (VS Code's own window, reached over CDP).
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { REQUEST_SUFFIX, type RunnerAnswer, type RunnerRequest } from './hostOutput';

const POLL_MS = 200;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Answers every request that appears in `folder` until the returned function is called. */
export function serveRunnerRequests(page: Page, folder: string): () => void {
  let stopped = false;
  void (async () => {
    while (!stopped) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith(REQUEST_SUFFIX))) {
        const file = path.join(folder, name);
        const request = JSON.parse(readFileSync(file, 'utf8')) as RunnerRequest;
        rmSync(file);
        void answer(page, folder, request);
      }
      await sleep(POLL_MS);
    }
  })();
  return () => {
    stopped = true;
  };
}

async function answer(page: Page, folder: string, request: RunnerRequest): Promise<void> {
  let result: RunnerAnswer;
  try {
    result = await perform(page, request);
  } catch (error) {
    result = { ok: false, detail: (error as Error).message };
  }
  const partial = path.join(folder, `${request.id}.partial-answer`);
  writeFileSync(partial, JSON.stringify(result));
  renameSync(partial, path.join(folder, `${request.id}.json`)); // the test never reads half an answer
}

async function perform(page: Page, request: RunnerRequest): Promise<RunnerAnswer> {
  switch (request.action) {
    case 'shot': {
      const file = process.env.SHOT_AT_END;
      if (!file) return { ok: true, detail: 'no SHOT_AT_END: no screenshot' };
      await page.screenshot({ path: file });
      console.log(`host tests: screenshot of the workbench in ${file}`);
      return { ok: true, detail: file };
    }
    case 'webviewClick': {
      const frame = await frameWith(page, request.selector);
      // Set as a script would, then 'change': the same for a native <select> and VS Code's <vscode-single-select>.
      if (request.select) {
        await frame.locator(request.select.selector).evaluate((element, value) => {
          (element as HTMLSelectElement).value = value;
          element.dispatchEvent(new Event('change', { bubbles: true }));
        }, request.select.value, { timeout: 10_000 });
      }
      await frame.locator(request.selector).click({ timeout: 30_000 });
      return { ok: true };
    }
    case 'webviewText': {
      const element = (await frameWith(page, request.selector)).locator(request.selector);
      let text = '';
      for (let attempt = 0; attempt < 60 && !text.includes(request.contains); attempt++) {
        if (attempt > 0) await sleep(500);
        text = await element.innerText({ timeout: 10_000 });
      }
      return { ok: text.includes(request.contains), detail: text };
    }
    case 'webviewKeys': {
      const element = (await frameWith(page, request.selector)).locator(request.selector).first();
      await element.click({ timeout: 30_000 });
      for (const key of request.keys) await element.press(key, { timeout: 10_000 });
      return { ok: true };
    }
    case 'webviewDrag': {
      const element = (await frameWith(page, request.selector)).locator(request.selector).first();
      // The box is in the page's coordinates (the webview's frames are offset within it), which page.mouse uses.
      const box = await element.boundingBox({ timeout: 30_000 });
      if (!box) return { ok: false, detail: `${request.selector} is not visible` };
      const x = box.x + Math.min(box.width - 1, Math.max(1, box.width * request.from));
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + request.dx, y, { steps: 12 });
      await page.mouse.up();
      return { ok: true, detail: `dragged from ${Math.round(x)},${Math.round(y)} by ${request.dx}` };
    }
    case 'webviewStyle': {
      const elements = (await frameWith(page, request.selector)).locator(request.selector);
      const styles = await elements.evaluateAll((all, properties) => {
        // The colour the element's own background and its ancestors' make together (images aside), over white.
        const backdrop = (element: Element) => {
          const layers: Element[] = [];
          for (let at: Element | null = element; at; at = at.parentElement) layers.unshift(at);
          let [r, g, b] = [255, 255, 255];
          for (const layer of layers) {
            const [lr, lg, lb, la = 1] = (getComputedStyle(layer).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
            if (lr === undefined) continue;
            [r, g, b] = [r + (lr - r) * la, g + (lg - g) * la, b + (lb - b) * la];
          }
          return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
        };
        return all.map((element) => {
          const style = getComputedStyle(element);
          const value = (name: string) => (name === 'backdrop' ? backdrop(element) : style.getPropertyValue(name).trim());
          return Object.fromEntries([['class', element.getAttribute('class') ?? ''], ...properties.map((name) => [name, value(name)])]);
        });
      }, request.properties);
      return { ok: styles.length > 0, detail: JSON.stringify(styles) };
    }
    case 'webviewShot': {
      const dir = process.env.SHOT_DIR;
      if (!dir) return { ok: true, detail: 'no SHOT_DIR: no screenshot' };
      const file = path.join(dir, `${request.name}.png`);
      await (await frameWith(page, request.selector)).locator(request.selector).first().screenshot({ path: file, timeout: 30_000 });
      console.log(`host tests: screenshot of ${request.selector} in ${file}`);
      return { ok: true, detail: file };
    }
    case 'videoPlays': {
      const video = (await frameWith(page, request.selector)).locator(request.selector);
      const state = await video.evaluate(async (element) => {
        const v = element as HTMLVideoElement;
        v.muted = true;
        if (v.error) return `error ${v.error.code} (before playing) of ${v.src}`;
        const played = new Promise<void>((resolve) => v.addEventListener('timeupdate', () => v.currentTime > 0.2 && resolve()));
        const failed = new Promise<string>((resolve) => v.addEventListener('error', () => resolve(`error ${v.error?.code}`)));
        await v.play().catch(() => undefined);
        const outcome = await Promise.race([played.then(() => 'played'), failed, new Promise<string>((r) => setTimeout(() => r('timeout'), 20_000))]);
        return `${outcome} at ${v.currentTime.toFixed(2)} s of ${v.src}`;
      }, undefined, { timeout: 30_000 });
      return { ok: state.startsWith('played'), detail: state };
    }
  }
}

/** A webview is an iframe in an iframe: its content is the frame that has the element (waits up to 30 s for it). */
async function frameWith(page: Page, selector: string): Promise<Frame> {
  for (let attempt = 0; attempt < 60; attempt++) {
    for (const frame of page.frames()) {
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    await sleep(500);
  }
  throw new Error(`no webview has ${selector}`);
}
