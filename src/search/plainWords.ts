import { words } from '../text/fold.js';

/**
 * Everyday words people type for a topic, and the field's own terms that abstracts use for it
 * ("shrinking" models → compression, pruning, quantization; "scans" → medical imaging). Like the
 * acronyms, a lexicon of the field, not of any query set: each entry is a usage a reader of ML
 * abstracts would recognise, tested in test/search/plainWords.test.ts. A word maps to at most three
 * field terms, best first; a query gains at most MAX_PLAIN_VARIANTS variants from this table.
 */
export const PLAIN_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Making models smaller or cheaper.
  ['shrink', ['compression', 'pruning', 'quantization']], ['shrinking', ['compression', 'pruning', 'quantization']],
  ['smaller', ['compression', 'distillation', 'pruning']], ['compress', ['compression', 'quantization', 'pruning']],
  ['compressing', ['compression', 'quantization', 'pruning']], ['slim', ['compression', 'pruning']],
  ['tiny', ['compression', 'small']], ['lightweight', ['efficient', 'compression']],
  ['cheaper', ['efficient', 'cost']], ['cheap', ['efficient', 'cost']],
  ['faster', ['efficient', 'acceleration', 'speedup']], ['speed', ['efficient', 'acceleration', 'latency']],
  ['speeding', ['acceleration', 'efficient']], ['quicker', ['efficient', 'acceleration']],
  ['bits', ['quantization', 'low bit']], ['teacher', ['distillation']], ['student', ['distillation']],
  // Software and programs.
  ['software', ['code', 'program']], ['programming', ['code', 'program synthesis']], ['coding', ['code generation', 'code']],
  ['programs', ['program synthesis', 'code']], ['bugs', ['program repair', 'debugging']],
  // Medicine and science.
  ['radiology', ['medical imaging', 'medical']], ['scans', ['medical imaging', 'imaging']], ['scan', ['medical imaging', 'imaging']],
  ['xray', ['medical imaging', 'chest']], ['mri', ['medical imaging', 'magnetic resonance']],
  ['doctor', ['clinical', 'medical']], ['doctors', ['clinical', 'medical']], ['hospital', ['clinical', 'medical']],
  ['patients', ['clinical', 'medical']], ['health', ['medical', 'clinical']], ['disease', ['medical', 'clinical']],
  ['drug', ['molecule', 'drug discovery']], ['drugs', ['molecule', 'drug discovery']], ['chemistry', ['molecule', 'molecular']],
  ['proteins', ['protein']], ['weather', ['forecasting', 'climate']], ['climate', ['weather', 'forecasting']],
  // Media and senses.
  ['pictures', ['image']], ['picture', ['image']], ['photos', ['image']], ['photo', ['image']],
  ['movies', ['video']], ['clips', ['video']], ['voice', ['speech', 'audio']], ['talking', ['speech', 'dialogue']],
  ['sound', ['audio', 'speech']], ['music', ['audio']], ['drawing', ['image generation', 'sketch']],
  ['3d', ['three dimensional', 'point cloud']], ['seeing', ['vision', 'visual']], ['sight', ['vision', 'visual']],
  // Behaviour and reasoning.
  ['chatbot', ['dialogue', 'conversational', 'assistant']], ['chatbots', ['dialogue', 'conversational', 'assistant']],
  ['math', ['mathematical reasoning', 'mathematical']], ['maths', ['mathematical reasoning', 'mathematical']],
  ['proofs', ['theorem proving', 'formal proof']], ['proof', ['theorem proving', 'formal proof']],
  ['forgetting', ['continual learning', 'catastrophic forgetting']], ['lifelong', ['continual learning']],
  ['hallucinations', ['hallucination', 'factuality']],
  ['thinking', ['reasoning']], ['think', ['reasoning']],
  ['explain', ['interpretability', 'explanation']], ['explaining', ['interpretability', 'explanation']],
  ['inside', ['interpretability', 'mechanistic']], ['internals', ['interpretability', 'mechanistic']],
  ['jailbreak', ['adversarial', 'safety']], ['attacks', ['adversarial', 'attack']], ['hacking', ['adversarial', 'attack']],
  ['cheating', ['reward hacking']], ['bias', ['fairness']], ['unfair', ['fairness', 'bias']],
  ['private', ['privacy', 'differential privacy']], ['secret', ['privacy']], ['leak', ['privacy', 'leakage']],
  // Systems and data.
  ['robots', ['robotics', 'robot']], ['robot', ['robotics', 'manipulation']], ['cars', ['autonomous driving', 'vehicle']],
  ['driving', ['autonomous driving']], ['games', ['game', 'reinforcement learning']],
  ['gpus', ['hardware', 'accelerator']], ['chips', ['hardware', 'accelerator']], ['phones', ['mobile', 'edge device']],
  ['phone', ['mobile', 'edge device']], ['devices', ['edge', 'mobile']],
  ['lookup', ['retrieval']], ['documents', ['retrieval', 'document']], ['searching', ['retrieval', 'search']],
  ['translation', ['machine translation', 'multilingual']], ['languages', ['multilingual', 'cross lingual']],
  ['recommendations', ['recommendation', 'recommender']], ['shopping', ['recommendation', 'e commerce']],
  ['forecast', ['forecasting', 'time series']], ['predicting', ['forecasting', 'prediction']],
  ['labels', ['annotation', 'supervision']], ['unlabeled', ['self supervised', 'unsupervised']],
  ['synthetic', ['synthetic data', 'data generation']], ['fake', ['synthetic', 'detection']],
];

/** Most variants a query gains from plain words (each costs one more index search). */
export const MAX_PLAIN_VARIANTS = 3;

const TABLE: ReadonlyMap<string, readonly string[]> = new Map(PLAIN_WORDS);

/**
 * The topic with one everyday word replaced by a field term ("shrinking llms" → "compression
 * llms", "pruning llms", …), best first; empty when no word of the topic is in the table. Words
 * the catalogue itself uses often (`common`) are left as typed: the papers already say them.
 */
export function plainWordVariants(topic: string, common: (word: string) => boolean = () => false): string[] {
  const typed = words(topic);
  const out: string[] = [];
  for (let rank = 0; rank < 3 && out.length < MAX_PLAIN_VARIANTS; rank += 1) {
    typed.forEach((word, i) => {
      const field = TABLE.get(word)?.[rank];
      if (field === undefined || out.length >= MAX_PLAIN_VARIANTS || common(word)) return;
      const variant = [...typed.slice(0, i), field, ...typed.slice(i + 1)].join(' ');
      if (!out.includes(variant) && variant !== typed.join(' ')) out.push(variant);
    });
  }
  return out;
}
