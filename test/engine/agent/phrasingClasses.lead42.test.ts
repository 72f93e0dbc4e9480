import type { EditOp } from '../../../src/protocol';
import { nothing, notSure, sure } from './phrasingTable';

/**
 * Session 36, the lead's, at round 42's merge: readings the four branches made wrong together or one made wrong alone.
 * A question whether an edit can be done (能…吗) added a group to the weighed edit's pattern, so 要不要's part and verb
 * were read from the wrong groups; "please" and a verb after a comma split a request only when said of the part before
 * ("…, please make it one second", not "the idle parts, please make fast"); a moment moved, then said again to go where
 * it went, is no second move; a card asked at the other end "too", then given its own words, is a card of its own; going
 * back to before the last change is one undo, though going back to before a part named is not guessed.
 */
const card = (end: 'intro' | 'outro', text: string): EditOp => ({ op: 'add_card', card: end, text, duration_ms: 2000 });

describe('edit agent: session 36, the lead\'s: round 42 at its merge', () => {
  sure([
    ['音乐要不要加……加个默认的吧，百分之三十', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
    ['字幕要不要挪……挪到上面吧', [{ op: 'edit_text', position: 'top' }]],
    ['the quiet parts, please make fast but keep them', [{ op: 'speed_up_idle', factor: 4 }]],
    ['the transitions, please make them 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
    ['move clip 2 to the end, it should be last', [{ op: 'move_moment', index: 2, to: 3 }]],
    ['开头加片头「春茶上市」，片尾也这么弄，写「扫码下单」', [card('intro', '春茶上市'), card('outro', '扫码下单')]],
    ['片尾加个卡写「谢谢」，开头也这么弄', [card('outro', '谢谢'), card('intro', '谢谢')]],
    ['go back to how it was before the last change', [{ op: 'undo' }]],
    ['revert to before my last edit', [{ op: 'undo' }]],
  ]);
  nothing(['剪辑能快点过去吗？不知道行不行']);
  notSure(['go back to how it was before the music', 'revert to before the zoom']);
});
