import path from 'node:path';
import { splitSentences } from '../../src/text/splitSentences.js';
import { loadDigests } from '../../src/digest/loadDigests.js';
import { titleKey } from '../../src/digest/paperId.js';
import { words } from '../../src/text/fold.js';
import { REPO_ROOT } from '../../support/spawnBot.js';

/** The shipped digests: what every generated corpus starts from and recombines. */
export const SHIPPED_DIR = path.join(REPO_ROOT, 'data', 'digests');

/** One sentence of a real abstract, with the names its paper introduced (to swap for a new name). */
export interface RealSentence {
  text: string;
  paper: number;
  names: readonly string[];
}

/** Everything the generator draws from, all taken from the shipped papers as the real loader cleaned them. */
export interface RealText {
  paperCount: number;
  titles: readonly string[];
  /** Title keys of the real papers, so no generated title repeats one. */
  titleKeys: ReadonlySet<string>;
  /** The part after "Name:" of real titles, and whole titles without a colon. */
  subtitles: readonly string[];
  /** Pieces of real method names ("Tracks", "To4D", "Zip", "Cache"). */
  nameChunks: readonly string[];
  /** Capitalized content words of real titles, for swapping into other titles. */
  titleWords: readonly string[];
  openings: readonly RealSentence[];
  middles: readonly RealSentence[];
  closings: readonly RealSentence[];
  /** Sentence numbers (into `middles`) of papers whose title uses each folded word. */
  middlesByTitleWord: ReadonlyMap<string, readonly number[]>;
  /** Real abstracts' lengths in words, to draw target lengths from. */
  abstractWordCounts: readonly number[];
}

const SMALL = new Set('a an and as at by for from in into of on or the to via with without towards toward is are do does can how what when why beyond through using over under its their your our we vs versus'.split(' '));

/** Splits a method name into chunks at case and digit boundaries: "ZipCache" → Zip, Cache. */
export function nameChunks(name: string): string[] {
  return name.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+[A-Za-z]?/g) ?? [];
}

/** Whether a title word is a content word worth swapping ("Linear", not "for"). */
export function isContentWord(word: string): boolean {
  return /^[A-Z][A-Za-z-]{2,}$/.test(word) && !SMALL.has(word.toLowerCase());
}

/** Reads the shipped digests with the real loader and cuts them into reusable material. */
export async function readRealText(dir = SHIPPED_DIR): Promise<RealText> {
  const catalogue = await loadDigests(dir);
  const papers = catalogue.papers;
  const subtitles: string[] = [];
  const chunks = new Set<string>();
  const titleWords = new Set<string>();
  const openings: RealSentence[] = [];
  const middles: RealSentence[] = [];
  const closings: RealSentence[] = [];
  const middlesByTitleWord = new Map<string, number[]>();
  papers.forEach((paper, i) => {
    const colon = paper.title.indexOf(':');
    const prefix = colon > 0 ? paper.title.slice(0, colon).trim() : '';
    const names = [...new Set([...paper.aliases, ...(prefix.split(/\s+/).length <= 3 && prefix.length > 0 ? [prefix] : [])])].filter((n) => n.length >= 3);
    subtitles.push(colon > 0 ? paper.title.slice(colon + 1).trim() : paper.title);
    for (const name of names) if (!name.includes(' ')) for (const c of nameChunks(name)) if (c.length >= 2) chunks.add(c);
    for (const w of paper.title.split(/\s+/)) if (isContentWord(w)) titleWords.add(w.replace(/[:,]$/, ''));
    const sentences = splitSentences(paper.abstract).map((s) => s.text.trim()).filter((s) => s.length >= 20);
    sentences.forEach((text, k) => {
      const sentence = { text, paper: i, names };
      if (k === 0) openings.push(sentence);
      else if (k === sentences.length - 1) closings.push(sentence);
      else {
        for (const w of new Set(words(paper.title))) {
          if (w.length < 4 || SMALL.has(w)) continue;
          const list = middlesByTitleWord.get(w) ?? [];
          list.push(middles.length);
          middlesByTitleWord.set(w, list);
        }
        middles.push(sentence);
      }
    });
  });
  return {
    paperCount: papers.length,
    titles: papers.map((p) => p.title),
    titleKeys: new Set(papers.map((p) => titleKey(p.title))),
    subtitles: subtitles.filter((s) => s.split(/\s+/).length >= 3),
    nameChunks: [...chunks],
    titleWords: [...titleWords],
    openings,
    middles,
    closings,
    middlesByTitleWord,
    abstractWordCounts: papers.map((p) => p.abstract.split(/\s+/).length),
  };
}
