import type { Paper } from '../../digest/schema.js';
import type { Answer, Citation } from '../answer.js';
import type { Asks } from '../question/classifyQuestion.js';
import { clipQuote } from './clipQuote.js';
import { ANSWER_LIMITS } from '../limits.js';
import { quoted } from './phrasing.js';
import { renderField, type RecordField } from './renderField.js';
import { splitSentences } from '../../text/splitSentences.js';
import { CODE_MENTION, CODE_MENTION_ANCHOR } from '../lexicon/mentions.js';

/** Question kinds answered from the paper's record rather than the sentences of its abstract. */
export const RECORD_ASKS: ReadonlySet<Asks> = new Set(['code', 'authors', 'published', 'upvotes', 'appearances', 'unsupported']);

function cite(paper: Paper, quote: string): Citation {
  return { id: paper.id, title: paper.title, quote };
}

function fieldAnswer(paper: Paper, field: RecordField, text: (quote: string) => string): Answer | null {
  const quote = renderField(paper, field);
  if (quote === null) return null;
  return { answer: text(quote), citations: [cite(paper, quote)], confident: true, kind: 'paper' };
}

function hedge(text: string, citations: Citation[] = []): Answer {
  return { answer: text, citations, confident: false, kind: 'paper' };
}

function codeAnswer(paper: Paper): Answer {
  const title = `“${paper.title}”`;
  const sentences = splitSentences(paper.abstract);
  if (paper.codeLinks.length > 0) {
    const link = paper.codeLinks[0] ?? '';
    const sentence = sentences.find((s) => s.text.includes(link));
    const quote = sentence === undefined ? renderField(paper, 'codeLinks') ?? link : clipQuote(sentence.text, sentence.text.indexOf(link), ANSWER_LIMITS.maxQuote).text;
    return { answer: `The code for ${title} is at ${paper.codeLinks.join(' and ')} [1].`, citations: [cite(paper, quote)], confident: true, kind: 'paper' };
  }
  const mention = sentences.find((s) => CODE_MENTION.test(s.text));
  if (mention !== undefined) {
    const clip = clipQuote(mention.text, mention.text.search(CODE_MENTION_ANCHOR), ANSWER_LIMITS.maxQuote);
    return hedge(`The abstract of ${title} mentions code but gives no link: ${quoted(clip)} [1].`, [cite(paper, clip.text)]);
  }
  return hedge(`The abstract of ${title} doesn't link to any code. Try searching for the title on GitHub or arXiv.`);
}

/** Answers a question about a paper's record: code link, authors, dates, upvotes, digest appearances. */
export function answerRecord(paper: Paper, asks: Asks, question: string): Answer {
  const title = `“${paper.title}”`;
  switch (asks) {
    case 'code':
      return codeAnswer(paper);
    case 'authors': {
      const wantsNames = /\bwho\b|\bnames?\b|\bwritten by\b/i.test(question);
      if (wantsNames || paper.authorCount === null) {
        const named = fieldAnswer(paper, 'authors', () => `${title} is by ${paper.authors.join(', ')} [1].`);
        if (named !== null) return named;
      }
      if (!wantsNames) {
        const counted = fieldAnswer(paper, 'authorCount', () => `${title} has ${paper.authorCount} author${paper.authorCount === 1 ? '' : 's'} [1].`);
        if (counted !== null) return counted;
      }
      const count = renderField(paper, 'authorCount');
      return count !== null
        ? hedge(`The digest gives only the number of authors of ${title}, not their names: ${paper.authorCount} [1].`, [cite(paper, count)])
        : hedge(`The digests I have don't list the authors of ${title}.`);
    }
    case 'published': {
      const dated = fieldAnswer(paper, 'publishedAt', () => `${title} was published on ${paper.publishedAt} [1].`);
      if (dated !== null) return dated;
      const seen = renderField(paper, 'appearances') ?? '';
      const labels = paper.appearances.map((a) => a.dateLabel).filter((d): d is string => d !== null);
      return hedge(`The digests don't give a publication date for ${title}${labels.length > 0 ? `; it appeared in the digest of ${labels.join(', ')} [1]` : ''}.`, labels.length > 0 ? [cite(paper, seen)] : []);
    }
    case 'upvotes':
      return fieldAnswer(paper, 'upvotes', () => `${title} has ${paper.upvotes} upvote${paper.upvotes === 1 ? '' : 's'} in the digest [1].`)
        ?? hedge(`The digests I have don't give an upvote count for ${title}.`);
    case 'appearances': {
      const n = paper.appearances.length;
      const labels = paper.appearances.map((a) => (a.dateLabel === null ? a.digest : `${a.dateLabel} (${a.digest})`));
      return fieldAnswer(paper, 'appearances', () => `${title} appeared in ${n} digest${n === 1 ? '' : 's'}: ${labels.join(', ')} [1].`)
        ?? hedge(`I have no digest appearances for ${title}.`);
    }
    default:
      return hedge(`The digests don't record that (citations, venues, affiliations and the like are not in them). I do have ${title}; ask about what its abstract says, or open it with /paper.`);
  }
}
