// The word lists of alias extraction (src/digest/extractAliases.ts). Each entry is exercised by
// test/digest/lexicon/genericNames.test.ts.

// Field-wide terms, models, datasets, hardware and venues: never one paper's name. Compared
// lower-cased with a trailing plural "s" removed.
export const GENERIC: ReadonlySet<string> = new Set(
  `ai ml dl nlp cv rl llm lm vlm lmm mllm dllm slm gpt gpt-2 gpt-3 gpt-3.5 gpt-4 gpt-4o gpt4 chatgpt bert roberta
  t5 opt llama llama2 llama-2 llama3 llama-3 llama3.1 llama-3.1 mistral qwen qwen2 qwen2.5 gemma gemma2 claude
  gemini palm phi deepseek falcon vicuna alpaca clip vit cnn rnn lstm gru mlp gnn gcn gan vae moe ssm s4 mamba2
  transformer diffusion resnet unet u-net imagenet imagenet-1k cifar cifar-10 cifar-100 cifar10 cifar100 mnist
  coco glue superglue mmlu gsm8k humaneval mbpp math squad wikitext c4 pile beir ms marco triviaqa minif2f
  sgd adam adamw relu gelu glu silu softmax pca svd fft dft kl mse mae rmse auc sota api io hbm sram dram flop
  tflop kv qa rag cot icl lora peft ptq qat sft rlhf dpo ppo dnn ann nn dp ldp mdp pomdp lp ilp milp mip sdp qp
  np sat knn hnsw mips ir nas automl cuda pytorch tensorflow jax python java c++ github arxiv neurips icml iclr
  acl emnlp cvpr iccv eccv aaai stoc focs soda nvidia intel google microsoft apple openai meta amd cpu gpu tpu
  fpga asic npu a100 h100 h800 v100 ttft tpot slo uq ood ssl kd ntk gp bo hmc mcmc em mle erm sae nli vqa asr
  tts ocr uav iot hpc ode pde sde ddpm dit jepa lmc pac vc rkhs relu-like ok ii iii iv vi vii viii ix xi xii
  gmm gptq awq smoothquant lut moe-based vfi dsa hnsw mlps cnns rnns gnns dnns llms
  sample-efficient state-of-the-art sota-compatible ml-guided`.split(/\s+/),
);

// Small words that may stand inside a name: "Continual Learning through Adjustment Suppression".
export const LOWER_WORDS_IN_NAMES: ReadonlySet<string> = new Set(['of', 'for', 'and', 'with', 'in', 'on', 'via', 'to', 'the', 'a', 'an', 'through', 'by', 'from', 'over', 'under', 'into', 'while', 'as', 'at']);

export const MIXED_CASE_GENERIC: ReadonlySet<string> = new Set(
  `LLaMA LLaMA-2 LLaMA2 LLaMA3 RoBERTa ChatGPT DeepSeek PyTorch TensorFlow AutoML LoRA QLoRA ImageNet ImageNet-1K
  OpenAI GitHub arXiv NeurIPS ResNet MobileNet EfficientNet DeepMind HuggingFace HumanEval SuperGLUE WikiText
  TriviaQA ReLU GeLU SiLU SwiGLU AdamW MiniF2F miniF2F BatchNorm LayerNorm GroupNorm MoE CoT DiT ViT dLLM NeRF
  LiDAR mpGEMM BiLSTM DeepWalk SmoothQuant`.split(/\s+/),
);

// Words that make a title prefix a description, not a name.
export const NOT_A_NAME_START: ReadonlySet<string> = new Set(
  'a an on in of for to towards toward how why what when where which who is are do does can should beyond revisiting rethinking understanding'.split(' '),
);

// Nouns that head a name's description ("the Starlight algorithm"), not a name themselves.
export const HEAD_NOUN_LIST: readonly string[] = [
  'algorithm', 'method', 'framework', 'model', 'approach', 'system', 'architecture', 'benchmark',
  'dataset', 'library', 'toolkit', 'technique', 'optimizer', 'mechanism', 'module', 'layer',
  'network', 'paradigm', 'strategy', 'scheme', 'procedure', 'protocol', 'pipeline', 'solver',
  'estimator', 'family', 'suite', 'engine', 'agent', 'package', 'tool', 'test', 'setting',
];
