import { oneOf } from './questionKinds.js';

// What an abstract sentence mentions, for choosing and clipping the sentence an answer quotes.

/** How a sentence about earlier work starts ("Recently, …", "Existing methods …", "These methods …"). */
export const BACKGROUND_STARTS: readonly string[] = [
  'recently', 'existing', 'prior', 'previous(?:ly)?', 'traditional(?:ly)?', 'conventional(?:ly)?', 'current', 'many', 'most',
  'these (?:methods|approaches|models|works|techniques)', 'despite', 'while',
];

/** A sentence about earlier work, not the paper's own. */
export const BACKGROUND = new RegExp(`^${oneOf(BACKGROUND_STARTS)}\\b`, 'i');

/** Where a hardware answer's quote starts: the first of these a sentence names. */
export const HARDWARE_MENTIONS: readonly string[] = ['GPU', 'TPU', 'CPU', 'FPGA', 'ASIC', 'tensor core', 'accelerator', 'hardware', 'edge', 'mobile', 'chip'];

export const HARDWARE_MENTION = new RegExp(`\\b${oneOf(HARDWARE_MENTIONS)}`, 'i');

/** A sentence that mentions code without a link ("the code will be released", "publicly available"). */
export const CODE_MENTIONS: readonly string[] = ['code', 'open-?source', 'github', 'implementation is', 'publicly available', 'released'];

export const CODE_MENTION = new RegExp(`\\b${oneOf(CODE_MENTIONS)}\\b`, 'i');

/** Where such a sentence's quote is clipped around. */
export const CODE_MENTION_ANCHORS: readonly string[] = ['code', 'open-?source', 'github', 'available', 'released'];

export const CODE_MENTION_ANCHOR = new RegExp(CODE_MENTION_ANCHORS.join('|'), 'i');
