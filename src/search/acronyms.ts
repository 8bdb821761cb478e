import { words } from '../text/fold.js';

/**
 * Acronyms of the field and what they stand for, as people type them into /search ("gnn", "rag",
 * "lora"). Only unambiguous ones: "dp" (differential privacy or dynamic programming) is left out.
 */
const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
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

const singular = (word: string): string => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * The topic as typed, plus the topic with each acronym spelled out ("gnn" → "graph neural network")
 * or each spelled-out phrase shortened to its acronym ("low-rank adaptation" → "lora"): papers say
 * it one way or the other, and the user typed one of them.
 */
export function topicVariants(topic: string): string[] {
  const typed = words(topic);
  const base = typed.map(singular);
  let spelled = [...typed];
  let shortened = [...typed];
  for (const [acronym, phrase] of ACRONYMS) {
    const long = words(phrase);
    spelled = spelled.flatMap((w) => (singular(w) === acronym ? long : [w]));
    for (let i = 0; i + long.length <= base.length; i += 1) {
      if (long.every((w, k) => singular(base[i + k] ?? '') === singular(w))) {
        shortened = [...shortened.slice(0, i), acronym, ...Array<string>(long.length - 1).fill(''), ...shortened.slice(i + long.length)];
      }
    }
  }
  const variants = [typed.join(' '), spelled.join(' '), shortened.filter((w) => w.length > 0).join(' ')];
  return [...new Set(variants)].filter((v) => v.length > 0);
}
