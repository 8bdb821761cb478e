import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/digest/cleanText.js';
import { extractCodeLinks } from '../../src/digest/extractCodeLinks.js';

describe('extractCodeLinks on fragments of the real digests', () => {
  // [abstract fragment, links]
  const cases: [string, string[]][] = [
    ['Code is available at https://github.com/BryceZhuo/PolyCom.', ['https://github.com/BryceZhuo/PolyCom']],
    ['We open-source our implementation of Sirius at https://github.com/Infini-AI-Lab/Sirius.git.', ['https://github.com/Infini-AI-Lab/Sirius']],
    ['Full open source code can be found at https://github.com/alaamaalouf/AutoCoreset{https://github.com/alaamaalouf/AutoCoreset}. We believe',
      ['https://github.com/alaamaalouf/AutoCoreset']],
    ['Visit our website at~https://adamdad.github.io/vico/{https://adamdad.github.io/vico/}.', ['https://adamdad.github.io/vico']],
    ['Code is available at url{http://github.com/czg1225/SlimSAM}.', ['https://github.com/czg1225/SlimSAM']],
    ['We release our code at https://github.com/apple/corenet/tree/main/projects/kv-prediction .', ['https://github.com/apple/corenet/tree/main/projects/kv-prediction']],
    ['Bitnet.cpp is publicly available at https://github.com/microsoft/BitNet/tree/paper , offering', ['https://github.com/microsoft/BitNet/tree/paper']],
    ['Code for experiments can be found at github.com/jacobdunefsky/ObservablePropagation.', ['https://github.com/jacobdunefsky/ObservablePropagation']],
    ['The code for our work is openly accessible https://anonymous.4open.science/r/TangleNAS-527C{here}', ['https://anonymous.4open.science/r/TangleNAS-527C']],
    ['The source codes are available at: https://github.com/friedrichor/LocalLeap.', ['https://github.com/friedrichor/LocalLeap']],
    ['Code and further information is available at https://probabilistic-inference-scaling.github.io.', ['https://probabilistic-inference-scaling.github.io']],
    ['through our designated repository https://step-law.github.io/', ['https://step-law.github.io']],
    ['The dataset is publicly available at https://sites.google.com/usc.edu/distributional-miplib/home.', ['https://sites.google.com/usc.edu/distributional-miplib/home']],
    ['Code is freely available at http://liinc.bme.columbia.edu/fastglz.', ['http://liinc.bme.columbia.edu/fastglz']],
    ['The code is released at https://github.com/OpenSparseLLMs/MoM and is also released as a part of https://github.com/OpenSparseLLMs/Linear-MoE.',
      ['https://github.com/OpenSparseLLMs/MoM', 'https://github.com/OpenSparseLLMs/Linear-MoE']],
    ['the Github repository https://github.com/DataAnalyticsEngineering/EQ2PC in order to make', ['https://github.com/DataAnalyticsEngineering/EQ2PC']],
    ['The code and models are available at https://lewandofskee.github.io/projects/MambaAD.', ['https://lewandofskee.github.io/projects/MambaAD']],
    ['https://github.com/ngushchin/EntropicNeuralOptimalTransport', ['https://github.com/ngushchin/EntropicNeuralOptimalTransport']],
  ];
  it.each(cases)('%s', (text, links) => {
    expect(extractCodeLinks(text)).toEqual(links);
    // The same links come out of the cleaned abstract, where the URL stays in the text.
    expect(extractCodeLinks(cleanText(text))).toEqual(links);
  });
});

describe('extractCodeLinks normalization', () => {
  it('deduplicates across spellings of the same repository', () => {
    expect(extractCodeLinks('Code: https://github.com/a/b, mirror http://www.github.com/a/b.git and https://GitHub.com/a/b/.')).toEqual(['https://github.com/a/b']);
  });

  it('keeps parentheses that belong to the URL and drops those that close the sentence', () => {
    expect(extractCodeLinks('(code: https://github.com/a/b)')).toEqual(['https://github.com/a/b']);
    expect(extractCodeLinks('see https://huggingface.co/spaces/x/Model_(v2)).')).toEqual(['https://huggingface.co/spaces/x/Model_(v2)']);
  });

  it('finds code hosts anywhere and other sites only when offered as code or a project', () => {
    expect(extractCodeLinks('Models at https://huggingface.co/org/model and data at https://zenodo.org/record/1.')).toEqual([
      'https://huggingface.co/org/model',
      'https://zenodo.org/record/1',
    ]);
    expect(extractCodeLinks('as introduced in arXiv:2407.21760 (see https://arxiv.org/abs/2407.21760).')).toEqual([]);
    expect(extractCodeLinks('Our code is available at https://arxiv.org/abs/2407.21760.')).toEqual([]);
    expect(extractCodeLinks('A survey of https://example.com/blog posts about weather.')).toEqual([]);
    expect(extractCodeLinks('Our project page: https://example.com/proj.')).toEqual(['https://example.com/proj']);
  });

  it('returns nothing for text without links and rejects credentials in URLs', () => {
    expect(extractCodeLinks('We propose PLANSEARCH, a novel search algorithm.')).toEqual([]);
    expect(extractCodeLinks('')).toEqual([]);
    expect(extractCodeLinks('code at https://user:pass@github.com/a/b')).toEqual([]);
  });

  it('stays fast on a 1 MB line', () => {
    for (const unit of ['https://github.com/a/', 'a.com/', ')))', 'http://', 'github.com/a)']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
      const start = performance.now();
      extractCodeLinks(text);
      expect(performance.now() - start, unit).toBeLessThan(2000);
    }
  });
});
