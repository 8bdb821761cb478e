// Data for topicVariants (src/search/topicVariants.ts); each entry is exercised by test/search/lexicon/acronyms.test.ts.

/**
 * Acronyms of the field and what they stand for, as people type them into /search ("gnn", "rag",
 * "lora"). Only unambiguous ones: "dp" (differential privacy or dynamic programming) is left out.
 */
export const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['gnn', 'graph neural network'], ['llm', 'large language model'], ['vlm', 'vision language model'],
  ['mllm', 'multimodal large language model'], ['rl', 'reinforcement learning'], ['rlhf', 'reinforcement learning from human feedback'],
  ['rag', 'retrieval augmented generation'], ['moe', 'mixture of experts'], ['ssm', 'state space model'],
  ['kd', 'knowledge distillation'], ['nas', 'neural architecture search'], ['vit', 'vision transformer'],
  ['cnn', 'convolutional neural network'], ['rnn', 'recurrent neural network'], ['gan', 'generative adversarial network'],
  ['vae', 'variational autoencoder'], ['sae', 'sparse autoencoder'], ['ode', 'ordinary differential equation'],
  ['pde', 'partial differential equation'], ['nlp', 'natural language processing'], ['asr', 'automatic speech recognition'],
  ['ot', 'optimal transport'], ['fl', 'federated learning'], ['hpo', 'hyperparameter optimization'],
  ['milp', 'mixed integer linear programming'], ['mip', 'mixed integer programming'], ['ilp', 'integer linear programming'],
  ['sgd', 'stochastic gradient descent'], ['ntk', 'neural tangent kernel'], ['lora', 'low rank adaptation'],
  ['peft', 'parameter efficient fine tuning'], ['cot', 'chain of thought'], ['icl', 'in context learning'],
  ['qa', 'question answering'], ['ner', 'named entity recognition'], ['nerf', 'neural radiance field'],
  ['ptq', 'post training quantization'], ['qat', 'quantization aware training'], ['snn', 'spiking neural network'],
  ['mcmc', 'markov chain monte carlo'], ['mdp', 'markov decision process'], ['pinn', 'physics informed neural network'],
  ['lstm', 'long short term memory'], ['kan', 'kolmogorov arnold network'], ['dpo', 'direct preference optimization'],
  ['pca', 'principal component analysis'], ['svd', 'singular value decomposition'], ['mlp', 'multilayer perceptron'],
  ['dnn', 'deep neural network'], ['fno', 'fourier neural operator'], ['sde', 'stochastic differential equation'],
  ['admm', 'alternating direction method of multipliers'], ['ppo', 'proximal policy optimization'],
];
