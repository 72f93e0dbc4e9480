import * as assert from 'node:assert/strict';
import { english, textIn } from '../../src/extension/text';

const TEXT = textIn(english);

describe("the extension's words (issue 18)", () => {
  it('a cloud render between polls shows its elapsed time and when it is checked again, not a frozen percentage', () => {
    assert.equal(TEXT.renderProgress('running', 40, 72_400, 25_200), 'Rendering… 40% · 1:12 elapsed · checking again in 26 s');
    assert.equal(TEXT.renderProgress('running', 40, 96_000, 1_000), 'Rendering… 40% · 1:36 elapsed · checking again in 1 s');
    assert.equal(TEXT.renderProgress('pending', 0, 5_000, 0), 'Waiting for a renderer… · 0:05 elapsed · checking again in 1 s');
    assert.equal(TEXT.renderProgress('running', 75, 3_000), 'Rendering… 75% · 0:03 elapsed', 'the local engine is polled every second: no countdown');
  });
});
