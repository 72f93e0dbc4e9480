import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 51's English (held-out 46's lines read wrong or not at all): a text named alone or as new, then only where and
 * when it shows, labels the words after a colon as a new text's ("title at the top for the first 4 seconds: …", "new
 * caption at the bottom: …", "chuck a title up the top: …"); a title's words changed "to:" them; a part said to be
 * forgotten is not wanted ("forget the vertical"); speed as a figure shown ("speed numbers", "a speed overlay") is no
 * pace of the clip; the tracks asked with the verb said last ("all tracks show"); two moments named alone, then
 * swapped as "them" ("moment 1 an moment 2, swap dem"); stretches where no one is there ("where nobody is in the
 * bakery") are idle; "please to" and a verb is "please" and the verb.
 */
describe('edit agent: round 51 (g51en) classes', () => {
  describe('a text named with where and when it shows, its words after a colon', () => {
    const title = { op: 'add_text' as const, style: 'title' as const };
    sure([
      ['Title at the top for the first 4 seconds: Harbour Lights',
        [{ ...title, text: 'Harbour Lights', position: 'top', anchor: 'start', duration_ms: 4000 }]],
      ['title for the first 2 seconds: Copper Kettle Tour', [{ ...title, text: 'Copper Kettle Tour', anchor: 'start', duration_ms: 2000 }]],
      ['New title at bottom: Dune Riders', [{ ...title, text: 'Dune Riders', position: 'bottom' }]],
      ['new text in the middle: Open Day', [{ ...title, text: 'Open Day', position: 'center' }]],
      ['Chuck a title up the top: Reef Walk Cafe', [{ ...title, text: 'Reef Walk Cafe', position: 'top' }]],
      ['pop a caption at the bottom: Made in Oslo', [{ op: 'add_text', style: 'caption', text: 'Made in Oslo', position: 'bottom' }]],
      ['caption at the bottom for 3 seconds: Fresh Bread Daily',
        [{ op: 'add_text', style: 'caption', text: 'Fresh Bread Daily', position: 'bottom', duration_ms: 3000 }]],
      ['a title at the top: Night Market', [{ ...title, text: 'Night Market', position: 'top' }]],
    ]);
    // Without words, or with "the" (the title there), or a request after the colon, nothing new is added.
    sure([
      ['new text at top', [{ op: 'edit_text', position: 'top' }]],
      ['move the title up the top', [{ op: 'edit_text', position: 'top' }]],
      ['the title at the top: Night Market', [{ op: 'edit_text', position: 'top' }]],
    ]);
    notSure(['title at the top for 5 seconds: make it bigger']);
  });

  describe('a title changed "to:" its new words', () => {
    sure([
      ['Kindly change the title words to: Lotus Pond, Hue', [{ op: 'edit_text', text: 'Lotus Pond, Hue' }]],
      ['change the caption to: Step Two Done', [{ op: 'edit_text', text: 'Step Two Done' }]],
    ]);
    notSure(['change the title to: red']);
  });

  describe('a part said to be forgotten', () => {
    nothing(['forget the vertical, leave it like it is', 'oh no, forget about the vertical', 'forget the slow motion']);
    // "don't forget to …" asks it.
    sure([["don't forget to make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]]]);
  });

  describe('speed as a figure shown', () => {
    nothing(['can it add altitude and speed numbers from my GPS watch?', 'could you show a speed overlay from my bike computer?']);
    sure([
      ['speed it up', [{ op: 'set_speed', factor: 1.5 }]],
      ['speed up the numbers part, it is the second moment', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
  });

  describe('the tracks asked with the verb said last', () => {
    sure([
      ['export 1080p mp4, then all tracks show', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'show_tracks' }]],
      ['the timeline show me please', [{ op: 'show_tracks' }]],
    ]);
    nothing(['the timeline shows three clips']);
  });

  describe('two moments named alone, then swapped as "them"', () => {
    sure([
      ['clip 2 an clip 3, swap dem', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['moments 1 and 3, change their places',
        [{ op: 'move_moment', index: 1, to: 3 }, { op: 'move_moment', index: 2, to: 1 }]],
      ['clips 1 and 2, switch them round', [{ op: 'move_moment', index: 1, to: 2 }]],
    ]);
    // Said of one moment, of other parts, with more said of them, or switched off: no swap.
    notSure(['moment 1 and moment 2, switch them off', 'moment 1 is long and moment 2, swap them', 'moment 2, swap it',
      'the music and the title, swap them']);
  });

  describe('stretches where no one is there, and "please to" a verb', () => {
    sure([
      ['the bits where nobody is in the workshop, please to cut them', [{ op: 'remove_dead_air' }]],
      ['cut the parts when no one is around', [{ op: 'remove_dead_air' }]],
      ['please to remove the second moment', [{ op: 'remove_moment', index: 2 }]],
    ]);
    notSure(['the part where nobody is in the shop is my favourite']);
    // Not a place after "in": what the picture shows.
    notSure(['remove the part where nobody is in focus', 'cut the bits where no one is in the frame',
      'remove the parts where nobody is in shot']);
    sure([['cut the parts where nobody is in the kitchen', [{ op: 'remove_dead_air' }]]]);
  });
});
