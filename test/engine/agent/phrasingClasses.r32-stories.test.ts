import { notSure, sure } from './phrasingTable';

/**
 * Round 32, what people tell beside a request (English): greetings, thanks and farewells in any tongue, the story of the
 * footage with its figures (how long the making took, how many things it had, how long the footage is), promises and
 * "I want both"; and the clip's length said after a cap on it. Own wordings (not the bench's lines), against a draft of
 * 3 moments and 1 text, read as exactly these operations with nothing unread and nothing asked; and look-alikes, where a
 * figure or a clause may be a request, which must stay unread or asked about.
 */

const clip = (seconds: number) => [{ op: 'compile_best_moments' as const, target_ms: seconds * 1000 }];

describe('edit agent: round 32, stories told beside a request → the request alone', () => {
  describe('a greeting, a thanks or a farewell in any tongue, and whom it calls dear, opening or closing the message', () => {
    sure([
      ['Ahlan my dear, make it a 40 second clip of the best moments', clip(40)],
      ['hello my friend, export it as mp4', [{ op: 'export', format: 'mp4' }]],
      ['Ay up me duck, make it 30 seconds', clip(30)],
      ['salve amigo, make a one minute clip of the best bits', clip(60)],
      ['Marhaba ya akhi, make it vertical for tiktok', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it 45 seconds, obrigado mano', clip(45)],
      ['add lofi music at 30 percent, gracias amigo', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['export mp4 please, shukran', [{ op: 'export', format: 'mp4' }]],
      ['make it 1 minute, cheers mate', clip(60)],
      ['make it vertical, bye', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['how are u, make 30 sec of the best parts', clip(30)],
      ['wut a way yu. make half a minute of the best', clip(30)],
      ['make it 1 minute, inshallah', clip(60)],
      ['yalla, make it 20 seconds', clip(20)],
    ]);
    notSure(['hello my friend, the title at 5 seconds', 'cheers mate, 40 pigs', 'gracias amigo, make the title red', 'obrigado, 45',
      'Ahlan my dear, make it shorter and 40 seconds, also the title at 3 seconds']);
  });

  describe('the story of the footage: how long the making took and how many things it had are no values', () => {
    sure([
      ['hajde so I made burek for 5 hours yesterday and my daughter filmed everything so now I want a clip of 1 minute with the best parts', clip(60)],
      ['we shot the whole wedding in 2 days so I need a clip of 90 seconds', clip(90)],
      ['alors we built the boat in 3 months and I filmed it every week, make a clip of 2 minutes', clip(120)],
      ['We cook 40 pigs for the feast, I film everything. I want a clip of 3 minutes with the best', clip(180)],
      ['we made 200 dumplings for the festival. make it 30 seconds, best bits', clip(30)],
      ['I baked 12 loaves this morning, my wife filmed it. 45 seconds of the best please', clip(45)],
      ['sorry 3 kids screaming lol. make it 20 sec, best bits', clip(20)],
      ['I have filmed the making of a coloured kite. I need a clip of 45 seconds from the best moments', clip(45)],
      ['I filmed my grandma weaving a basket for 4 hours. make a 1 minute clip of the best', clip(60)],
      ['ela re, we dived for 6 hours, make it 30 seconds', clip(30)],
      ['allora, we carved the mask in 2 weeks. make it 50 seconds of the best', clip(50)],
      ['bueno, we rode 80 kilometers today. cut it to 30 seconds', clip(30)],
      ['my brothers lifted 6 stones, 30 sec best bits please', clip(30)],
      ['Ciao!! I filmed my nonna making pasta for 3 hours. use only the first video', [{ op: 'use_sources', files: ['1'] }]],
    ]);
    // A figure that may be the one meant (an edit's, the clip's), or a count an edit makes.
    notSure(['make it 1 hour', 'we cook 40 pigs', 'we spent 3 days, the title should say 3 days', 'we cook for 6 hours, make it 6 hours',
      'I filmed the making of a window, make 40 pigs', 'we made 3 cakes, add 2 titles', 'make 3 versions', 'clip 2 looks weird',
      'music on, 30%, and 2 more things', 'fade the music in over 4 bars', 'sorry 6 leashes in one hand lol. make it 30 sec, 20 sec',
      'hajde so I made 6 pies so now I want it 6', 'I filmed 4 hours so I want 4 hours', 'so I want 30 percent']);
  });

  describe('how long the footage is, said of it, is no clip length', () => {
    sure([
      ['yo got like 20 min of bonefishing footage, make it 55 sec', clip(55)],
      ['got about 2 hours of raw drone footage, cut it to 60 seconds', clip(60)],
      ['I have 3 hours of wedding footage, make a 2 minute highlight', clip(120)],
      ['I have a video of me carving a whole ham, 40 minutes! Make it 90 seconds with the best cuts', clip(90)],
      ['we have a recording of the match, 2 hours. make it 1 minute of the best', clip(60)],
      ['Hombre, I have a video of the paella, 30 minutes. make it 1 minute', clip(60)],
      // A video asked for, its length said after it: the clip's.
      ['make a video of the launch, 2 minutes', clip(120)],
      // The recording's length said with its verb (the user check's words).
      ['hey! so I recorded this on my phone for like 20 min, can u make it under a minute, say 10 sec of the good parts, thanks mate', clip(10)],
      ['recorded about 20 minutes of my app, make it 30 sec', clip(30)],
      ['we streamed for 2 hours, give me a 45 second highlight', clip(45)],
    ]);
    notSure(['i filmed the parade, 2 hours, make the music 2 hours']);
  });

  describe('a cap on the clip, then the length meant within it', () => {
    sure([
      ['make it under a minute, say 55 sec of the best parts', clip(55)],
      ['keep it under 2 minutes, like 100 seconds', clip(100)],
      ['less than a minute, around 45 sec', clip(45)],
    ]);
    notSure(['make it under a minute, 2 minutes', 'make it under a minute, say 2 minutes', 'make it 2 minutes, 40 seconds']);
  });

  describe('how many uploads there are, said apart, beside the ones picked', () => {
    sure([
      ['I film me building a canoe, 4 videos, use only the first and the last please', [{ op: 'use_sources', files: ['1', 'last'] }]],
      ['I HAVE VIDEOS FROM THE DIVE, 3 FILES, USE ONLY THE 2ND AND THE LAST', [{ op: 'use_sources', files: ['2', 'last'] }]],
    ]);
  });

  describe('a promise of what the user does after, and both files wanted beside the two exports', () => {
    sure([
      ['Kindly set the resolution to 4K but do not export yet, I will check it first.', [{ op: 'set_resolution', resolution: '4k' }]],
      ["make it 30 seconds, I'll check it first", clip(30)],
      ['set it to 720p, I want to check it first', [{ op: 'set_resolution', resolution: '720p' }]],
      ['export mp4, then remove the music and export mp4 again, i want both', [{ op: 'export', format: 'mp4' }, { op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
      ['export a gif and an mp4, both please', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mp4' }]],
    ]);
    notSure(['I want both', 'add lofi and upbeat music, i want both', 'I will check the music later', 'I will check it first, make it 40']);
  });

  describe('"an" typed for "and" before a verb and its length', () => {
    sure([
      ['start over an make 30 seconds best part', [{ op: 'start_over' }, ...clip(30)]],
      ['start over an make 45 sec highlights', [{ op: 'start_over' }, ...clip(45)]],
    ]);
  });
});
