import * as assert from 'node:assert/strict';
import { errorFromCode } from '../../src/client';
import { ErrorCode } from '../../src/protocol';
import { NEMO_PRICING_URL, recoveriesFor as recoveriesIn } from '../../src/extension/recovery';
import { english, textIn } from '../../src/extension/text';

const recoveriesFor = (error: unknown) => recoveriesIn(error, textIn(english));

describe('ways out of the cloud\'s dead ends (2001, 402)', () => {
  it('2001 for an anonymous user: Register (the bind link), Use the Local Engine, Retry', () => {
    const error = errorFromCode(ErrorCode.outOfCredits, { userId: 'anon_12ab' });
    assert.deepEqual(recoveriesFor(error), [
      { kind: 'open', label: 'Register', url: 'https://nemovideo.com/register?bind=anon_12ab' },
      { kind: 'useLocal', label: 'Use the Local Engine' },
      { kind: 'retry', label: 'Retry' },
    ]);
  });

  it('2001 for a registered user: Top Up; 402: Upgrade Plan; each with the local engine and Retry', () => {
    assert.deepEqual(recoveriesFor(errorFromCode(ErrorCode.outOfCredits, { userId: 'usr_9' })).map((r) => r.label), ['Top Up', 'Use the Local Engine', 'Retry']);
    const blocked = recoveriesFor(errorFromCode(ErrorCode.exportBlocked, { status: 402 }));
    assert.deepEqual(blocked[0], { kind: 'open', label: 'Upgrade Plan', url: NEMO_PRICING_URL });
    assert.deepEqual(blocked.map((r) => r.kind), ['open', 'useLocal', 'retry']);
  });

  it('other failures offer none of these', () => {
    assert.deepEqual(recoveriesFor(errorFromCode(ErrorCode.sessionNotFound)), []);
    assert.deepEqual(recoveriesFor(new Error('disk full')), []);
  });
});
