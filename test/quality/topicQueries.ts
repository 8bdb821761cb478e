/**
 * Topic queries for /search with the papers I judged relevant (title prefixes), from reading the
 * shipped digests' titles and abstracts: a paper is relevant when the topic is one of its main
 * subjects, not when it shares a word with it. Precision@5 counts relevant papers among the first
 * five results, over min(5, number of relevant papers).
 */
export interface TopicCase {
  topic: string;
  relevant: string[];
}

export const TOPIC_CASES: TopicCase[] = [
  { topic: 'linear attention', relevant: ['Linear Attention Sequence Parallelism', 'LASP-2', 'Linear-MoE', 'NaLaFormer', 'Short-Long Convolutions', 'EcoFormer', 'MoM:', 'Softmax-free Linear Transformers', 'One Step of Gradient Descent'] },
  { topic: 'kv cache', relevant: ['ZipCache', 'KV Prediction', 'Efficiently Serving Large Multimodal Models'] },
  { topic: 'speculative decoding', relevant: ['Scaling Laws for Speculative Decoding', 'Self Speculative Decoding', 'EasySpec', 'FastDraft', 'Multi-Draft Speculative Sampling'] },
  { topic: 'sparse autoencoders', relevant: ['AbsTopK', 'Decomposing The Dark Matter', 'Jumping Ahead', 'Taming Polysemanticity', 'Towards Atoms of Large Language Models'] },
  { topic: 'knowledge distillation', relevant: ['Dual-Head Knowledge Distillation', 'Sinkhorn Distance Minimization', 'DLIP', 'Even your Teacher Needs Guidance', 'Towards the Law of Capacity Gap', '0.1% Data Makes Segment Anything Slim', 'Efficient Hybrid Language Model Compression'] },
  { topic: 'state space models', relevant: ['Theoretical Foundations of Deep Selective State-Space Models', 'On the Expressiveness and Length Generalization', 'MambaAD', 'How to Train Your HiPPO', 'Mamba: Linear-Time', 'Efficient Hybrid Language Model Compression', 'Sparse Modular Activation', 'Linear-MoE', 'MoM:'] },
  { topic: 'mixture of experts', relevant: ['Linear-MoE', 'Efficient Deweather Mixture-of-Experts', 'Edge-MoE', 'Super-Linear', 'Non-asymptotic oracle inequalities'] },
  { topic: 'differential privacy', relevant: ['Improved Analysis of Sparse Linear Regression in Local Differential Privacy', 'Revisiting Locally Differentially Private Protocols', 'Faster Rates of Convergence to Stationary Points', 'A Differentially Private Clustering Algorithm', 'Efficiently Computing Similarities to Private Datasets', 'Multi-Epoch Matrix Factorization Mechanisms', 'Revisiting Gradient Clipping'] },
  { topic: 'quantum algorithms', relevant: ['A Grand Unification of Quantum Algorithms', 'Near-Optimal Quantum Algorithm for Minimizing', 'A Quantum Algorithm for Solving Linear Differential Equations', 'Error Correction of Quantum Algorithms', 'Near-Optimal Quantum Coreset', 'Quantum Lower Bounds', 'Adaptive Graph Shrinking for Quantum Optimization', 'Revisiting fixed-point quantum search', 'Cutting Slack', 'Quantum Relaxation for Solving Multiple Knapsack'] },
  { topic: 'mechanistic interpretability', relevant: ['Bilinear MLPs', 'The Non-Linear Representation Dilemma', 'Toy Models of Superposition', 'Taming Polysemanticity', 'Observable Propagation', 'Towards Atoms of Large Language Models', 'A Function Interpretation Benchmark', 'Decomposing The Dark Matter', 'AbsTopK', 'Jumping Ahead', 'Backward Lens'] },
  { topic: 'theorem proving', relevant: ['Seed-Prover', 'Enumerate-Conjecture-Prove', 'ProofCompass', 'Hilbert: Recursively Building Formal Proofs'] },
  { topic: 'scaling laws', relevant: ['Predictable Scale', 'Scaling Laws for Speculative Decoding', 'Unraveling the Mystery of Scaling Laws', 'Exploring Scaling Laws for Local SGD', 'Towards the Law of Capacity Gap', 'Large Language Monkeys', 'The Languini Kitchen', 'Inference Scaling for Long-Context'] },
  { topic: 'pruning', relevant: ['AP: Selective Activation', 'To prune, or not to prune', 'Pruning at Initialization', 'DLP: Dynamic Layerwise Pruning', 'Trained Rank Pruning', 'Efficient Hybrid Language Model Compression', 'Reprogramming under constraints', 'Partially Frozen Random Networks', '0.1% Data Makes Segment Anything Slim', 'Model Compression and Efficient Inference'] },
  { topic: 'optimal transport', relevant: ['LCOT', 'Entropic Neural Optimal Transport', 'Accelerating Sinkhorn Algorithm', 'Light Schrödinger Bridge', 'Sinkhorn Distance Minimization'] },
  { topic: 'lottery ticket', relevant: ['Reprogramming under constraints', 'Partially Frozen Random Networks', 'Pruning at Initialization'] },
  { topic: 'activation functions', relevant: ['Activator', 'A Method on Searching Better Activation Functions', 'Quantum Variational Activation Functions', 'AP: Selective Activation', 'Polynomial Composition Activations', 'Evolving Normalization-Activation Layers', 'Novel Quadratic Constraints'] },
  { topic: 'time series forecasting', relevant: ['Are Transformers Effective for Time Series Forecasting?', 'Super-Linear'] },
  { topic: 'self-supervised learning', relevant: ['Barlow Twins', 'Unconstrained Stochastic CCA', 'How JEPA Avoids Noisy Features'] },
  { topic: 'continual learning', relevant: ['Continual Learning with Dynamic Sparse Training', 'CLASSP', 'Large Continual Instruction Assistant', 'Lifelong Machine Learning Potentials'] },
  { topic: 'in-context learning', relevant: ['In-Context Learning through the Bayesian Prism', 'The Closeness of In-Context Learning', 'How Do Transformers Learn In-Context', 'One Step of Gradient Descent', 'Transformers Can Do Bayesian Inference', 'Inference Scaling for Long-Context'] },
  { topic: 'sequence parallelism', relevant: ['Linear Attention Sequence Parallelism', 'LASP-2', 'Linear-MoE'] },
  { topic: 'recommender systems', relevant: ['Hiformer', 'Dynamic Sparse Learning', 'Out-of-Town Recommendation', 'Unified Low-rank Compression Framework for Click-through'] },
  { topic: 'low-rank adaptation', relevant: ['Computational Limits of Low-Rank Adaptation', 'SPP: Sparsity-Preserved', 'EoRA'] },
  { topic: 'video generation', relevant: ['Compositional Video Generation'] },
  { topic: 'bandits', relevant: ['Dynamical Linear Bandits', 'Does Sparsity Help in Learning Misspecified Linear Bandits', 'Improved Algorithms for Multi-period Multi-class Packing', 'Provable General Function Class Representation Learning', 'On the Interplay Between Misspecification'] },
  { topic: 'quantization of large language models', relevant: ['CrossQuant', 'Pushing the Limits of Large Language Model Quantization', 'LLM-FP4', 'ZipCache', 'Efficient Arbitrary Precision Acceleration', 'Model Compression and Efficient Inference', 'LUT Tensor Core', 'Bitnet.cpp', 'Quartet', 'Quantized Distributed Training of Large Models'] },
  { topic: 'graph neural networks', relevant: ['On the Stability of Expressive Positional Encodings for Graph Neural Networks', 'Efficient block contrastive learning', 'Out-of-Town Recommendation'] },
  { topic: 'efficient llm inference', relevant: ['Splitwise', 'Bitnet.cpp', 'EE-LLM', 'LUT Tensor Core', 'Sirius', 'Accelerating Diffusion LLM Inference', 'CATS', 'KV Prediction', 'ZipCache', 'EasySpec', 'Model Compression and Efficient Inference', 'Efficient Arbitrary Precision Acceleration', 'Self Speculative Decoding', 'FastDraft', 'Efficiently Serving Large Multimodal Models', 'CLLMs', 'ParallelBench'] },
  { topic: 'retrieval augmented generation', relevant: ['Inference Scaling for Long-Context Retrieval Augmented Generation', 'Improving Retrieval-Augmented Large Language Models'] },
  { topic: 'code generation', relevant: ['Planning In Natural Language Improves LLM Search For Code Generation', 'Program Synthesis with Large Language Models'] },
  { topic: 'papers about lipschitz constants of neural networks', relevant: ['Efficiently Computing Local Lipschitz Constants', 'Direct Parameterization of Lipschitz-Bounded Deep Networks', 'Novel Quadratic Constraints for Extending LipSDP'] },
  { topic: 'matrix completion', relevant: ['Low Rank Matrix Completion'] },
];
