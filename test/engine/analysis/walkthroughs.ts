import { walkthroughScenes } from '../../fixtures/footage/walkthroughScript';
import { footage } from '../../helpers/footage';

/** 90 s at 640x360 (about 4 s to generate): dead air, narrated action, a silent caret-only stretch, narration over a still screen. */
export const walkthrough90 = () => footage('walkthrough-90s', walkthroughScenes(90));

/** The same story in 45 s, for a second file. */
export const walkthrough45 = () => footage('walkthrough-45s', walkthroughScenes(45));
