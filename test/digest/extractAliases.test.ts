import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/digest/cleanText.js';
import { extractAliases } from '../../src/digest/extractAliases.js';

const DIGESTS = join(import.meta.dirname, '../../data/digests');

/** Cleaned title → cleaned abstract for every paper of the shipped digests. */
function readDigests(): Map<string, string> {
  const papers = new Map<string, string>();
  for (const file of readdirSync(DIGESTS).filter((f) => f.endsWith('.txt'))) {
    const lines = readFileSync(join(DIGESTS, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (let i = 0; i + 1 < lines.length; i++) {
      const title = (lines[i] ?? '').replace(/^Subscribe(?=\S)/, '');
      const abstract = lines[i + 1] ?? '';
      if (abstract.length > 200 && title.length < 300 && !title.startsWith('•')) papers.set(cleanText(title), cleanText(abstract));
    }
  }
  return papers;
}

const papers = readDigests();

function aliasesOf(titleStart: string): string[] {
  const entry = [...papers].find(([title]) => title.startsWith(titleStart));
  if (entry === undefined) throw new Error(`test: no paper titled "${titleStart}…"`);
  return extractAliases(entry[0], entry[1]);
}

describe('extractAliases on the real digests', () => {
  // [start of the title, the aliases expected, most certain first]
  const cases: [string, string[]][] = [
    ['Planning In Natural Language Improves LLM Search', ['PLANSEARCH']], // "we propose PLANSEARCH, a novel search algorithm"
    ['Pushing the Limits of Large Language Model Quantization', ['HIGGS']], // "dubbed HIGGS"
    ['Towards Foundation Models for Mixed Integer Linear Programming', ['MILP-Evolve']], // "we introduce MILP-Evolve, a novel"
    ['Accelerating Diffusion LLM Inference via Local Determinism', ['LocalLeap']], // "named LocalLeap"
    ['Surface Extraction from Neural Unsigned Distance Fields', ['DualMesh-UDF']], // "a method, named DualMesh-UDF, to extract"; not "UDFs"
    ['Fast Encoder-Based 3D from Casual Videos', ['TracksTo4D']], // "we present TracksTo4D, a learning-based approach"
    ['Do Deep Neural Network Solutions Form a Star Domain?', ['Starlight']], // "We propose the Starlight algorithm"
    ['What Layers When', ['GateSkip']], // "We introduce GateSkip, a simple residual-stream gating mechanism"
    ['EE-LLM: Large-Scale Training', ['EE-LLM']],
    ['QuantumLLMInstruct: A 500k LLM Instruction-Tuning Dataset', ['QuantumLLMInstruct', 'QLMMI']],
    ['Fast and Accurate Network Embeddings via Very Sparse Random Projection', ['FastRP']], // "We present FastRP, a scalable"
    ['LASP-2: Rethinking Sequence Parallelism', ['LASP-2']],
    ['ZipCache: Accurate and Efficient KV Cache Quantization', ['ZipCache']],
    ['Edge-MoE: Memory-Efficient Multi-Task Vision Transformer', ['Edge-MoE']],
    ['Mamba: Linear-Time Sequence Modeling', ['Mamba']],
    ['Optimal Linear Subspace Search: Learning to Construct', ['OLSS']], // "a novel method called Optimal Linear Subspace Search (OLSS)"
    ['Trained Rank Pruning for Efficient Deep Neural Networks', ['TRP']], // "We propose Trained Rank Pruning (TRP)"
    ['Compositional Video Generation as Flow Equalization', ['Vico']], // "we introduce Vico, a generic framework"
    ['KV Prediction for Improved Time to First Token', ['KV Prediction']], // "a novel method called KV Prediction."
    ['Relevance Filtering for Embedding-based Retrieval', ['Cosine Adapter']], // '(called "Cosine Adapter")'
    ['Observable Propagation: A Data-Efficient Approach', ['Observable Propagation', 'ObsProp']], // "(in short: ObsProp)"
    ['Rethinking the Role of Token Retrieval in Multi-Vector Retrieval', ['XTR']], // "We present XTR, ConteXtualized Token Retriever"
    ['Out-of-Town Recommendation with Travel Intention Modeling', ['TRAINOR']], // "framework, named TRAINOR."
    ['Are Transformers Effective for Time Series Forecasting?', ['LTSF-Linear']], // "linear models named LTSF-Linear"
    ['Toward TransfORmers: Revolutionizing the Solution', ['TransfORmers']], // not "CLSP", the problem it solves
    ['Inference Scaling FLaws: The Limits of LLM Resampling', ['Inference Scaling FLaws']],
    ['The Languini Kitchen: Enabling Language Modelling Research', ['Languini Kitchen']],
    ['This is SPIRAL-TAP: Sparse Poisson Intensity Reconstruction', ['SPIRAL-TAP']],
    ['Bitnet.cpp: Efficient Edge Inference for Ternary LLMs', ['Bitnet.cpp']],
    ['Fast Simultaneous Training of Generalized Linear Models (FaSTGLZ)', ['FaSTGLZ']],
    ['Reinforcement Learning-based Control via Y-wise Affine Neural Networks (YANNs)', ['YANNs']],
    ['Polynomial Composition Activations: Unleashing the Dynamics', ['Polynomial Composition Activations', 'PolyCom']],
    ['Towards the Law of Capacity Gap in Distilling Language Models', ['MiniMA', 'MiniChat']], // "(termed MiniMA)"
    ['Who Said Neural Networks Aren\'t Linear?', ['Linearizer']], // "We term this kind of architecture a Linearizer."
    ['Efficient Deweather Mixture-of-Experts with Uncertainty-aware', ['UaR', 'FME', 'MoFME', 'Uncertainty-aware Router']],
    ['Searching Large Neighborhoods for Integer Linear Programs', ['CL-LNS']], // "a novel approach, CL-LNS, that delivers"
    ['Jumping Ahead: Improving Reconstruction Fidelity with JumpReLU', ['JumpReLU']], // "we introduce JumpReLU SAEs, which"
    ['Sparse Modular Activation for Efficient Sequence Modeling', ['SMA', 'SeqBoat']], // not "GAU", a part it reuses
    ['Exact Gauss-Newton Optimization for Training Deep Neural Networks', ['EGN']], // not "GN"
    ['Generalized Parallel Scaling with Interdependent Generations', ['Bridge']], // "we propose Bridge to generate"
  ];
  it.each(cases)('%s', (title, aliases) => {
    expect(aliasesOf(title)).toEqual(aliases);
  });

  // Papers that introduce no name of their own, or only mention others' work.
  const none = [
    'Neural Network Approximations of PDEs Beyond Linearity', // "PDEs"
    'Computational Limits of Low-Rank Adaptation (LoRA)', // studies LoRA, does not introduce it
    'Lion Secretly Solves Constrained Optimization', // Lion is someone else's optimizer
    'How JEPA Avoids Noisy Features', // JEPA is someone else's
    'Scale Mixtures of Neural Network Gaussian Processes', // "referred to as … (NNGPs)" in a sentence about recent works
    'Levin Tree Search with Context Models', // "which we call the LTS loss": LTS is prior work
    'A Grand Unification of Quantum Algorithms', // "known as the quantum singular value transformation (QSVT)"
    'Variational Inference for SDEs Driven by Fractional Noise', // "fractional Brownian motion (fBM)"
    'Studying Large Language Model Generalization with Influence Functions', // "EK-FAC", "IHVP" are others'
    'Program Synthesis with Large Language Models', // MBPP is a benchmark name
    'The Impacts of Data, Ordering, and Intrinsic Dimensionality', // HNSW, KNN, ANN
  ];
  it.each(none)('finds no alias in: %s', (title) => {
    expect(aliasesOf(title)).toEqual([]);
  });

  it('never returns a field-wide acronym, model or dataset for any paper', () => {
    const generic = /^(?:LLMs?|GPUs?|SGD|PDEs?|NLP|RL|MoE|ViTs?|CNNs?|BERT|GPT-4o?|ChatGPT|LLaMA(?:-\d+B)?|Llama|ImageNet(?:-1K)?|CIFAR-?10+|MNIST|GLUE|MDPs?|LoRA|ReLU|SSMs?|DNNs?|PCA|SVD|KL|MSE|FFT|RAG|CoT|MLPs?|HNSW|KNN|ANN|GMM|GPTQ|Transformers?)$/;
    for (const [title, abstract] of papers) {
      const aliases = extractAliases(title, abstract);
      expect(aliases.length, title).toBeLessThanOrEqual(8);
      const seen = new Set<string>();
      for (const alias of aliases) {
        expect(alias, title).not.toMatch(generic);
        expect(alias.length, alias).toBeGreaterThanOrEqual(2);
        expect(alias.length, alias).toBeLessThanOrEqual(40);
        expect(seen.has(alias.toLowerCase()), `${alias} twice`).toBe(false);
        seen.add(alias.toLowerCase());
      }
    }
  });
});

describe('extractAliases patterns', () => {
  it('takes the title prefix when it is a name, not a description', () => {
    expect(extractAliases('Hiformer: Heterogeneous Feature Interactions', 'We study things.')).toEqual(['Hiformer']);
    expect(extractAliases('Barlow Twins: Self-Supervised Learning', 'We study things.')).toEqual(['Barlow Twins']);
    expect(extractAliases('Learning to Relax: Setting Solver Parameters', 'We study things.')).toEqual([]);
    expect(extractAliases('Revisiting Gradient Clipping: Stochastic bias', 'We study things.')).toEqual([]);
    expect(extractAliases('Transformers: State of the Art', 'We study things.')).toEqual([]);
    expect(extractAliases('Reprogramming under constraints: Revisiting efficient transfer', 'We study things.')).toEqual([]);
  });

  it('takes names after naming verbs and introductions', () => {
    expect(extractAliases('A title', 'Our work, dubbed Edge-MoE, solves the challenges.')).toEqual(['Edge-MoE']);
    expect(extractAliases('A title', 'We propose CrossQuant: a simple yet effective method.')).toEqual(['CrossQuant']);
    expect(extractAliases('A title', 'This paper introduces Sirius, an efficient correction mechanism.')).toEqual(['Sirius']);
    expect(extractAliases('A title', 'We present Prior-Data Fitted Networks (PFNs). PFNs leverage large-scale techniques.')).toEqual(['PFNs', 'Prior-Data Fitted Networks']);
    // The spelled-out words are a name of their own only when the title does not already hold them.
    expect(extractAliases('Trained Rank Pruning for Efficient Deep Networks', 'We propose Trained Rank Pruning (TRP), which alternates.')).toEqual(['TRP']);
    expect(extractAliases('A title', 'We introduce MUVERA (MUlti-VEctor Retrieval Algorithm), a retrieval mechanism.')).toEqual(['MUVERA']);
  });

  it('ignores generic acronyms, earlier work and lower-case terms', () => {
    expect(extractAliases('A title', 'Large language models (LLMs) are strong. We fine-tune LLaMA-13B and GPT-4 on ImageNet with SGD.')).toEqual([]);
    expect(extractAliases('A title', 'We propose a Gaussian process model for this task.')).toEqual([]);
    expect(extractAliases('A title', 'We improve over the prior state-of-the-art rounding method called GPTQ.')).toEqual([]);
    expect(extractAliases('A title', 'Recent works have shown that such networks are referred to as Neural Network Gaussian Processes (NNGPs).')).toEqual([]);
    expect(extractAliases('A title', 'We propose a method for unsigned distance functions (UDFs).')).toEqual([]);
    expect(extractAliases('A title', 'we propose a new framework for mixed-integer linear programming (MILP).')).toEqual([]);
  });

  it('returns at most 8 aliases, without case-insensitive duplicates', () => {
    const abstract = Array.from({ length: 12 }, (_, i) => `We propose Name${String.fromCharCode(65 + i)}x, a novel method.`).join(' ');
    const aliases = extractAliases('NameAx: a title', `${abstract} We propose NAMEAX, a novel method.`);
    expect(aliases).toHaveLength(8);
    expect(aliases[0]).toBe('NameAx');
    expect(aliases.filter((a) => a.toLowerCase() === 'nameax')).toHaveLength(1);
  });

  it('stays fast on a 1 MB abstract', () => {
    const units = ['We propose Foo, a novel method. ', 'we propose ', '(ABC) ', 'named X '.repeat(3), 'A'.repeat(50) + ' '];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
      const start = performance.now();
      extractAliases('T', text);
      expect(performance.now() - start, unit).toBeLessThan(3000);
    }
  });
});
