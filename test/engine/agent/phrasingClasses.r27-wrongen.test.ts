import { table, nothing } from './phrasingTable';

/**
 * Round 27's English wrong edits: words of the user's other language inside an English request, each read as the
 * English word it stands for (TEXTING_SHORTHAND), in new wordings of each class (against a draft of 3 moments and 1 text),
 * and the look-alikes that must change nothing.
 */

describe('edit agent: round 27 wrong edits → exact operations or nothing', () => {
  describe('a count, an ordinal or "another" in Spanish, French or Tagalog (clip dos, une seconde, pangatlong clip, otro título) names what the English would', () => {
    table([
      ['speed up clip dos to 1.5x', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['remove clip número tres', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip numero tres', [{ op: 'remove_moment', index: 3 }]],
      ['make clip dos 3 seconds', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ['fade out une seconde', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['crossfade of una second', [{ op: 'crossfade', ms: 1000 }]],
      ['trim the pangatlong clip to 4 seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['delete the unang clip', [{ op: 'remove_moment', index: 1 }]],
      // "otro" is "another", no typo of "outro": a second title, not an end card.
      ["add otra title 'Hola' at the top", [{ op: 'add_text', text: 'Hola', style: 'title', position: 'top' }]],
    ]);
    nothing(['is clip dos too long?', "don't remove clip tres", 'te quiero']);
  });

  describe('a place said in Spanish (arriba, abajo) is where the English puts it', () => {
    table([
      ['put the título abajo', [{ op: 'edit_text', position: 'bottom' }]],
      ['move the title arriba', [{ op: 'edit_text', position: 'top' }]],
      ["add a title 'Hola' abajo", [{ op: 'add_text', text: 'Hola', style: 'title', position: 'bottom' }]],
    ]);
    nothing(['is the title arriba?', "don't move the title abajo"]);
  });

  describe('Hindi words of amount (thoda, kam, zyada) in a request are the comparative they say', () => {
    table([
      ['zoom kam karo', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom thoda zyada karo', [{ op: 'set_zoom', mode: 'more' }]],
      ['music zyada loud karo', [{ op: 'set_music_volume', change: 'louder' }]],
      ['zoom thoda kam please', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['is the zoom kam?', "don't make the zoom kam", 'the zoom is thoda kam']);
  });
});
