import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { introducedNames, isNameShaped, spelledOut } from '../../src/digest/introducedNames.js';
import { prepareDigest } from '../../src/digest/prepareDigest.js';
import { escapeRegExp } from '../../src/text/escapeRegExp.js';
import { splitSentences } from '../../src/text/splitSentences.js';
import { REPO_ROOT } from '../../support/spawnBot.js';

const of = (abstract: string) => introducedNames(abstract, splitSentences(abstract));
const how = (abstract: string, name: string) => of(abstract).find((n) => n.name === name)?.how ?? null;

describe('introducedNames', () => {
  it('finds a name after a naming verb, an appositive or a definition as the paper\'s own', () => {
    expect(how('In this work we propose LocalLeap for routing.', 'LocalLeap')).toBe('own');
    expect(how('A sampler dubbed "HIGGS" is fast.', 'HIGGS')).toBe('own');
    expect(how('Results show that Scylla, a new scheduler, wins.', 'Scylla')).toBe('own');
    expect(how('Results show that D2Z (decay to zero), the schedule, wins.', 'D2Z')).toBe('own');
    expect(how('Our tool Vico is a generic framework.', 'Vico')).toBe('own');
  });

  it('finds an acronym spelled out in parentheses as only an acronym, with its words', () => {
    const abstract = 'We build on Low-Rank Adaptation (LoRA) to tune models.';
    expect(how(abstract, 'LoRA')).toBe('acronym');
    expect(of('We fine-tune with Trained Rank Pruning (TRP) today.').find((n) => n.name === 'TRP')?.spelledOut).toBe('Trained Rank Pruning');
  });

  it('keeps the introducing sentence as offsets into the abstract', () => {
    const abstract = 'Models are slow. We propose FastNet, a small model. It is fast.';
    const [start, end] = of(abstract).find((n) => n.name === 'FastNet')?.sentence ?? [0, 0];
    expect(abstract.slice(start, end)).toBe('We propose FastNet, a small model.');
  });

  it('does not count a word no cue introduces, nor one that is not shaped like a name', () => {
    expect(how('Transformers like BERT are used widely.', 'BERT')).toBeNull();
    expect(of('We propose a method, a simple one.').map((n) => n.name)).toEqual([]);
  });

  it('spelledOut needs the acronym in parentheses and initials that match', () => {
    expect(spelledOut('We use Graph Neural Networks (GNN) here.', 'GNN')).toBe('Graph Neural Networks');
    expect(spelledOut('We use random words (GNN) here.', 'GNN')).toBeNull();
    expect(spelledOut('No parentheses: GNN.', 'GNN')).toBeNull();
  });
});

// The decision /ask made per question before the loader recorded it, kept as the oracle: over every
// shipped abstract and every word in it shaped like a name, the record must agree.
function oracle(abstract: string, name: string): 'own' | 'acronym' | null {
  const n = escapeRegExp(name);
  const own = new RegExp(
    `(?:called|named|dubbed|termed|coined|propose|proposes|introduce|introduces|present|presents|achieve|develop|develops)\\s+(?:\\S+\\s+){0,3}?["“']?${n}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${n}(?:\\s*\\([^)]{1,60}\\))?,\\s+(?:a|an|the)\\s|(?<![\\p{L}\\p{N}])${n}\\s+(?:is|are)\\s+(?:a|an)\\s`,
    'u',
  );
  if (own.test(abstract)) return 'own';
  return new RegExp(`\\(${n}\\)`, 'u').test(abstract) ? 'acronym' : null;
}

describe('introducedNames on the shipped digests', () => {
  it('agrees with the per-question regex for every name-shaped word of every abstract', () => {
    const dir = path.join(REPO_ROOT, 'data', 'digests');
    const abstracts = new Set<string>();
    for (const file of readdirSync(dir)) for (const e of prepareDigest(file, readFileSync(path.join(dir, file))).entries) abstracts.add(e.abstract);
    let checked = 0;
    const disagreements: string[] = [];
    for (const abstract of abstracts) {
      const recorded = new Map(of(abstract).map((n) => [n.name, n.how]));
      const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.\-+@_/]*[\p{L}\p{N}+])?/gu;
      for (const word of new Set([...abstract.matchAll(TOKEN)].map((m) => m[0]))) {
        if (!isNameShaped(word)) continue;
        checked += 1;
        const expected = oracle(abstract, word);
        const got = recorded.get(word) ?? null;
        if (expected !== got) disagreements.push(`${word}: ${String(expected)} vs ${String(got)} in ${abstract.slice(0, 80)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
