import * as assert from 'node:assert/strict';
import { SETTLE_MS, SettingsSettler, type Affects } from '../../src/extension/settleSettings';

/** Timers the test runs by hand: what is scheduled, and when it would run. */
function handTimers() {
  const scheduled = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    scheduled,
    set: (run: () => void, ms: number) => (scheduled.set(++next, { run, ms }), next),
    clear: (handle: unknown) => void scheduled.delete(handle as number),
    fire: () => [...scheduled.entries()].forEach(([handle, { run }]) => (scheduled.delete(handle), run())),
  };
}

const affecting = (...sections: string[]): Affects => (section) => sections.some((s) => s === section || s.startsWith(`${section}.`));

describe('settings changes settle before the cloud URL is used (issue 18, item 13)', () => {
  it('typing a new apiBaseUrl (a change per key) connects once, to the last value, after the settings settled', () => {
    const timers = handTimers();
    let applied = 0;
    const settler = new SettingsSettler(() => applied++, timers);
    for (let key = 0; key < 5; key++) settler.changed(affecting('democlip.apiBaseUrl'));
    assert.equal(applied, 0, 'nothing is connected to while the URL is being typed (no ENOTFOUND for "https://mega-a")');
    assert.deepEqual([...timers.scheduled.values()].map((t) => t.ms), [SETTLE_MS], 'one wait, restarted by each key');
    assert.ok(SETTLE_MS >= 1000);
    timers.fire();
    assert.equal(applied, 1);
  });

  it('switching the backend applies at once, with a URL change still waiting; other extensions\' settings are ignored', () => {
    const timers = handTimers();
    let applied = 0;
    const settler = new SettingsSettler(() => applied++, timers);
    settler.changed(affecting('democlip.apiBaseUrl'));
    settler.changed(affecting('democlip.backend'));
    assert.equal(applied, 1);
    assert.equal(timers.scheduled.size, 0, 'the waiting URL change was applied with it');
    settler.changed(affecting('democlip.backend', 'democlip.apiBaseUrl'));
    assert.equal(applied, 2, 'both at once (a settings.json edit): at once');
    settler.changed(affecting('editor.fontSize'));
    assert.equal(applied, 2);
    assert.equal(timers.scheduled.size, 0);
  });

  it('a change still waiting when the window closes is dropped', () => {
    const timers = handTimers();
    let applied = 0;
    const settler = new SettingsSettler(() => applied++, timers);
    settler.changed(affecting('democlip.apiBaseUrl'));
    settler.cancel();
    assert.equal(timers.scheduled.size, 0);
    assert.equal(applied, 0);
  });
});
