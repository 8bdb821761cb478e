/**
 * paperboy's own question set over the shipped digests (data/digests). Each answerable question
 * names the fact the answer must contain and the paper it must cite; each unanswerable one must
 * come back `confident: false`. Phrasing is varied on purpose: lower case, typos, method names,
 * title fragments, topics, and questions pinned to a paper with the `paper` option.
 */

export interface AnswerableQuestion {
  question: string;
  /** Paper id passed as the `paperId` option ("paper:" in the bot). */
  paper?: string;
  /** What the answer (text or quotes) must contain. */
  fact: string | RegExp;
  /** The paper id that must be among the citations. */
  cites: string;
}

export interface UnanswerableQuestion {
  question: string;
  paper?: string;
  /** Why the abstracts cannot answer it. */
  why: string;
}

const PLANSEARCH = 'planning-in-natural-language-improves-llm-search-for-48ae8a';
const FLASH = 'flashattention-fast-and-memory-efficient-exact-attention-dbad27';
const ZIPCACHE = 'zipcache-accurate-and-efficient-kv-cache-quantization-545a4e';
const KV_PREDICTION = 'kv-prediction-for-improved-time-to-first-token';
const MUVERA = 'muvera-multi-vector-retrieval-via-fixed-dimensional-encodings';
const SIRIUS = 'sirius-contextual-sparsity-with-correction-for-efficient-llms';

export const ANSWERABLE: readonly AnswerableQuestion[] = [
  // What is X? — the sentence introducing it.
  { question: 'What is PLANSEARCH?', fact: 'novel search algorithm', cites: PLANSEARCH },
  { question: 'what is zipcache', fact: 'KV cache quantization method', cites: ZIPCACHE },
  { question: 'What does MUVERA do?', fact: 'reduces multi-vector similarity search to single-vector similarity search', cites: MUVERA },
  { question: 'Explain EoRA', fact: 'Eigenspace Low-Rank Approximation', cites: 'eora-training-free-compensation-for-compressed-llm-with-b995b0' },
  { question: 'Tell me about Conv-TasNet', fact: 'time-domain audio separation network', cites: 'conv-tasnet-surpassing-ideal-time-frequency-magnitude-de9b49' },
  { question: 'What is JumpReLU?', fact: 'JumpReLU SAEs', cites: 'jumping-ahead-improving-reconstruction-fidelity-with-17b60d' },
  { question: 'what is plansearh?', fact: 'novel search algorithm', cites: PLANSEARCH },
  { question: 'What does the Languini Kitchen provide?', fact: 'research collective and codebase', cites: 'the-languini-kitchen-enabling-language-modelling-b89394' },
  { question: 'What is Mixture-of-Memories?', fact: 'multiple independent memory states', cites: 'mom-linear-sequence-modeling-with-mixture-of-memories' },
  // How much / how many — the sentence with the figure.
  { question: 'How much faster is FlashAttention than existing baselines?', fact: '3× speedup on GPT-2', cites: FLASH },
  { question: 'What accuracy does PLANSEARCH reach on LiveCodeBench?', fact: '77.0%', cites: PLANSEARCH },
  { question: 'By how much does ZipCache compress the KV cache?', fact: '4.98×', cites: ZIPCACHE },
  { question: 'What speedup does Bitnet.cpp get over full-precision baselines?', fact: '6.25x', cites: 'bitnet-cpp-efficient-edge-inference-for-ternary-llms' },
  { question: 'how much more throughput does splitwise get', fact: /1\.4x|2\.35x/, cites: 'splitwise-efficient-generative-llm-inference-using-phase-c36ec4' },
  { question: 'How many models is Sirius evaluated on?', fact: '6 models', cites: SIRIUS },
  { question: 'What throughput does Mamba have compared to Transformers?', fact: '5× higher throughput', cites: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' },
  { question: 'How many samples does Large Language Monkeys use on SWE-bench Lite?', fact: '250 samples', cites: 'large-language-monkeys-scaling-inference-compute-with-903a62' },
  { question: 'How much lower is the latency of MUVERA?', fact: '90% lower latency', cites: MUVERA },
  { question: 'What is the peak speedup of EasySpec?', fact: '4.17x', cites: 'easyspec-layer-parallel-speculative-decoding-for-ea2732' },
  { question: 'How much does SlimSAM cut the parameter count?', fact: '0.9%', cites: '0-1-data-makes-segment-anything-slim' },
  { question: 'What score does Hilbert get on miniF2F?', fact: '99.2%', cites: 'hilbert-recursively-building-formal-proofs-with-informal-86e610' },
  { question: 'How many IMO 2025 problems did Seed-Prover fully prove?', fact: '5 out of 6', cites: 'seed-prover-deep-and-broad-reasoning-for-automated-de9629' },
  { question: 'How much does Edge-MoE improve energy efficiency over GPU?', fact: '2.24x', cites: 'edge-moe-memory-efficient-multi-task-vision-transformer-1fe708' },
  { question: 'How much does LUT Tensor Core improve compute density?', fact: 'more than a magnitude', cites: 'lut-tensor-core-lookup-table-enables-efficient-low-bit-6466d6' },
  { question: 'What speedup over CUTLASS does arbitrary precision matrix multiplication reach on GPU tensor cores?', fact: '2.4× speedup', cites: 'efficient-arbitrary-precision-acceleration-for-large-c6ad3c' },
  { question: 'What relative accuracy improvement does KV Prediction show on TriviaQA?', fact: '15%-50%', cites: KV_PREDICTION },
  { question: 'what improvement does eora give on ARC-Challenge', fact: '31.31%/12.88%', cites: 'eora-training-free-compensation-for-compressed-llm-with-b995b0' },
  { question: 'How much higher throughput does the Languini LSTM have?', fact: 'ten-fold throughput', cites: 'the-languini-kitchen-enabling-language-modelling-b89394' },
  { question: 'what speedups do the modified Bessel function algorithms reach on GPU?', fact: /45x|77x/, cites: 'accurate-computation-of-the-logarithm-of-modified-bessel-4b614c' },
  { question: 'What does HiPPO improve S4 to on Path-X?', fact: '96%', cites: 'how-to-train-your-hippo-state-space-models-with-c0dd5c' },
  // Hardware.
  { question: 'Which hardware is Edge-MoE built for?', fact: 'FPGA', cites: 'edge-moe-memory-efficient-multi-task-vision-transformer-1fe708' },
  { question: 'Which GPUs are the Quartet kernels tailored for?', fact: 'Blackwell', cites: 'quartet-native-fp4-training-can-be-optimal-for-large-ebe2eb' },
  { question: 'What hardware was KV Prediction benchmarked on?', fact: 'Apple M2 Pro CPU', cites: KV_PREDICTION },
  // Code links.
  { question: 'Where is the code for Quartet?', fact: 'github.com/IST-DASLab/Quartet', cites: 'quartet-native-fp4-training-can-be-optimal-for-large-ebe2eb' },
  { question: 'where can i find the sirius implementation', fact: 'github.com/Infini-AI-Lab/Sirius', cites: SIRIUS },
  { question: 'bitnet cpp github', fact: 'github.com/microsoft/BitNet', cites: 'bitnet-cpp-efficient-edge-inference-for-ternary-llms' },
  { question: 'Is the SlimSAM code available?', fact: 'github.com/czg1225/SlimSAM', cites: '0-1-data-makes-segment-anything-slim' },
  { question: 'Where is the code for Trained Rank Pruning?', fact: 'github.com/yuhuixu1993/Trained-Rank-Pruning', cites: 'trained-rank-pruning-for-efficient-deep-neural-networks' },
  // Record fields.
  { question: 'How many authors does LLM-FP4 have?', fact: /\b5 authors/, cites: 'llm-fp4-4-bit-floating-point-quantized-transformers' },
  { question: 'When was LLM-FP4 published?', fact: '2023-10-25', cites: 'llm-fp4-4-bit-floating-point-quantized-transformers' },
  { question: 'when was discquant published', fact: '2025-01-10', cites: 'discquant-a-quantization-method-for-neural-networks-69d29d' },
  { question: 'How many people wrote ARM-Net?', fact: /\b6 authors/, cites: 'arm-net-adaptive-relation-modeling-network-for-structured-data' },
  { question: 'How many upvotes does LIFT the Veil for the Truth have?', fact: /\b2 upvotes/, cites: 'lift-the-veil-for-the-truth-principal-weights-emerge-92c1c0' },
  { question: 'Which digest featured Mamba?', fact: /Sep 1|001_26ca5802d0ceba3a/, cites: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' },
  // Method.
  { question: 'How does FlashAttention reduce memory reads?', fact: 'tiling', cites: FLASH },
  { question: 'What does Barlow Twins measure to avoid collapse?', fact: 'cross-correlation matrix', cites: 'barlow-twins-self-supervised-learning-via-redundancy-reduction' },
  // Pinned to a paper ("paper:" option).
  { question: 'What accuracy does it reach on Path-X?', paper: FLASH, fact: '61.4% accuracy', cites: FLASH },
  { question: 'how much does it reduce prefill latency?', paper: ZIPCACHE, fact: '37.3%', cites: ZIPCACHE },
  { question: 'Where is the code?', paper: KV_PREDICTION, fact: 'github.com/apple/corenet', cites: KV_PREDICTION },
  { question: 'What is this paper about?', paper: SIRIUS, fact: 'efficient correction mechanism', cites: SIRIUS },
  // Across papers.
  { question: 'Which papers compress the KV cache?', fact: 'KV cache compression', cites: ZIPCACHE },
  { question: 'What has been done on sparse autoencoders?', fact: 'Sparse autoencoders (SAEs)', cites: 'jumping-ahead-improving-reconstruction-fidelity-with-17b60d' },
  { question: 'Are there any papers on speculative decoding?', fact: /speculative decoding/i, cites: 'easyspec-layer-parallel-speculative-decoding-for-ea2732' },
  { question: 'papers about FP4 training', fact: 'FP4', cites: 'quartet-native-fp4-training-can-be-optimal-for-large-ebe2eb' },
  { question: 'Which papers scale inference compute with repeated sampling?', fact: /repeated sampling/i, cites: 'large-language-monkeys-scaling-inference-compute-with-903a62' },
  { question: 'What is a KV cache?', fact: 'KV cache stores key and value states', cites: ZIPCACHE },
  { question: 'which paper reduces the time to first token?', fact: /time to first token/i, cites: KV_PREDICTION },
  // More phrasings, written after the engine was built (kept to watch for regressions).
  { question: 'How long did it take to train the FastDraft draft?', fact: 'under 24 hours', cites: 'fastdraft-how-to-train-your-draft' },
  { question: 'What accelerators did FastDraft use?', fact: 'Gaudi', cites: 'fastdraft-how-to-train-your-draft' },
  { question: 'How many fewer parameters does DEAL-YOLO have than Yolov8-N?', fact: '69.5% fewer parameters', cites: 'deal-yolo-drone-based-efficient-animal-localization-using-yolo' },
  { question: 'What quantization kernel does CrossQuant achieve for OPT models?', fact: 'approximately 16%', cites: 'crossquant-a-post-training-quantization-method-with-7774f4' },
  { question: 'How many datasets was LTSF-Linear tested on?', fact: 'nine real-life datasets', cites: 'are-transformers-effective-for-time-series-forecasting' },
  { question: 'Where is the LTSF-Linear code?', fact: 'github.com/cure-lab/LTSF-Linear', cites: 'are-transformers-effective-for-time-series-forecasting' },
  { question: 'How much faster does LASP-2 train than Ring Attention?', fact: '36.6%', cites: 'lasp-2-rethinking-sequence-parallelism-for-linear-7d4370' },
  { question: 'How much does EPD disaggregation reduce peak memory?', fact: '15x lower peak memory', cites: 'efficiently-serving-large-multimodal-models-using-epd-438952' },
  { question: 'What throughput improvement does LocalLeap achieve?', fact: '6.94×', cites: 'accelerating-diffusion-llm-inference-via-local-edeb7c' },
  { question: 'What is EE-LLM built on?', fact: 'Megatron-LM', cites: 'ee-llm-large-scale-training-and-inference-of-early-exit-0e0d36' },
  { question: 'how much do cllms improve generation speed', fact: '2.4× to 3.4×', cites: 'cllms-consistency-large-language-models' },
  { question: 'How much does WSM improve on MATH?', fact: '+3.5% on MATH', cites: 'wsm-decay-free-learning-rate-schedule-via-checkpoint-21b3cc' },
  { question: 'What is MiniMA?', fact: '3B student LM', cites: 'towards-the-law-of-capacity-gap-in-distilling-language-models' },
  { question: 'What does Splitwise split?', fact: 'two phases', cites: 'splitwise-efficient-generative-llm-inference-using-phase-c36ec4' },
  { question: 'How many problem-solution pairs are in QuantumLLMInstruct?', fact: '500,000', cites: 'quantumllminstruct-a-500k-llm-instruction-tuning-dataset-940720' },
  { question: 'Where was Hiformer deployed?', fact: 'Google Play', cites: 'hiformer-heterogeneous-feature-interactions-learning-b5289a' },
  { question: 'ecoformer code', fact: 'github.com/ziplab/EcoFormer', cites: 'ecoformer-energy-saving-attention-with-linear-complexity' },
  { question: 'What is Scylla?', fact: 'coordinates multi-dimensional scaling', cites: 'scaling-laws-for-speculative-decoding' },
  { question: 'what does nalaformer propose', fact: 'Norm-Aware Linear Attention', cites: 'nalaformer-norm-aware-linear-attention-for-transformer-models' },
  { question: 'Which papers study linear attention?', fact: /linear attention/i, cites: 'nalaformer-norm-aware-linear-attention-for-transformer-models' },
  { question: 'Which papers quantize LLMs to 4 bits?', fact: /4-bit/i, cites: 'llm-fp4-4-bit-floating-point-quantized-transformers' },
  { question: 'What work is there on time series forecasting?', fact: /time series forecasting/i, cites: 'are-transformers-effective-for-time-series-forecasting' },
  { question: 'Any papers on knowledge distillation?', fact: /distill/i, cites: 'sinkhorn-distance-minimization-for-knowledge-distillation' },
  { question: 'What speedup does CLLMs get over autoregressive decoding?', fact: '2.4× to 3.4×', cites: 'cllms-consistency-large-language-models' },
  { question: 'What is DEAL-YOLO for?', fact: 'small object detection', cites: 'deal-yolo-drone-based-efficient-animal-localization-using-yolo' },
  { question: 'how many upvotes does the DARUANs paper have', fact: /\b2 upvotes/, cites: 'quantum-variational-activation-functions-empower-5b9fbc' },
  { question: 'When was "Preserving Statistical Validity in Adaptive Data Analysis" published?', fact: '2014-11-10', cites: 'preserving-statistical-validity-in-adaptive-data-analysis' },
  { question: 'How many authors are on the NUPES paper?', fact: /\b3 authors/, cites: 'nupes-non-uniform-post-training-quantization-via-power-0ced9d' },
  { question: 'What does Git Re-Basin do?', fact: /permute the units/, cites: 'git-re-basin-merging-models-modulo-permutation-symmetries' },
  { question: 'What is the Path-X accuracy of HiPPO?', fact: '96%', cites: 'how-to-train-your-hippo-state-space-models-with-c0dd5c' },
  { question: 'Can you tell me what Sirius does?', fact: 'efficient correction mechanism', cites: 'sirius-contextual-sparsity-with-correction-for-efficient-llms' },
  { question: "what's flashattention", fact: 'IO-aware exact attention algorithm', cites: 'flashattention-fast-and-memory-efficient-exact-attention-dbad27' },
  { question: 'FlashAttention?', fact: 'IO-aware exact attention algorithm', cites: 'flashattention-fast-and-memory-efficient-exact-attention-dbad27' },
  { question: 'whats the speedup of bitnet.cpp', fact: '6.25x', cites: 'bitnet-cpp-efficient-edge-inference-for-ternary-llms' },
  { question: 'give me the github link for LLM-FP4', fact: 'github.com/nbasyl/LLM-FP4', cites: 'llm-fp4-4-bit-floating-point-quantized-transformers' },
  { question: 'is there code for DiscQuant?', fact: 'github.com/jerry-chee/DiscQuant', cites: 'discquant-a-quantization-method-for-neural-networks-69d29d' },
  { question: 'what year was ARM-Net published', fact: '2021', cites: 'arm-net-adaptive-relation-modeling-network-for-structured-data' },
  { question: 'Summarize the Large Language Monkeys paper', fact: /repeated sampling|number of generated samples|inference compute/, cites: 'large-language-monkeys-scaling-inference-compute-with-903a62' },
  { question: 'What did Large Language Monkeys find about coverage?', fact: /coverage/, cites: 'large-language-monkeys-scaling-inference-compute-with-903a62' },
  { question: 'Does Sirius need training?', fact: /training-free|Sirius/, cites: 'sirius-contextual-sparsity-with-correction-for-efficient-llms' },
  { question: 'papers on mixture of experts', fact: /mixture-of-experts|Mixture-of-Experts/i, cites: 'edge-moe-memory-efficient-multi-task-vision-transformer-1fe708' },
  { question: 'any work about model merging?', fact: /merg/i, cites: 'git-re-basin-merging-models-modulo-permutation-symmetries' },
  { question: "what's new in state space models", fact: /state space/i, cites: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' },
  { question: 'list papers about pruning large language models', fact: /prun/i, cites: 'dlp-dynamic-layerwise-pruning-in-large-language-models' },
  { question: 'How does Mamba handle long sequences?', fact: /sequence/, cites: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' },
  { question: 'How much GPU memory does ZipCache save?', fact: '19.8% reduction in GPU memory', cites: 'zipcache-accurate-and-efficient-kv-cache-quantization-545a4e' },
  { question: 'What is the decoding latency reduction of ZipCache?', fact: '56.9%', cites: 'zipcache-accurate-and-efficient-kv-cache-quantization-545a4e' },
  { question: 'How well does Hilbert do on PutnamBench?', fact: '462/660', cites: 'hilbert-recursively-building-formal-proofs-with-informal-86e610' },
  { question: 'What percentage of past IMO problems does Seed-Prover prove?', fact: '78.1%', cites: 'seed-prover-deep-and-broad-reasoning-for-automated-de9629' },
  { question: 'how fast is mamba', fact: '5× higher throughput', cites: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' },
  { question: 'What dataset does Barlow Twins report results on?', fact: 'ImageNet', cites: 'barlow-twins-self-supervised-learning-via-redundancy-reduction' },
  { question: 'On which benchmarks is PLANSEARCH evaluated?', fact: 'LiveCodeBench', cites: 'planning-in-natural-language-improves-llm-search-for-48ae8a' },
  { question: 'What is the time to first token?', fact: /time to first token/i, cites: 'kv-prediction-for-improved-time-to-first-token' },
  { question: 'which paper proposes a search algorithm over natural language plans?', fact: /candidate plans|PLANSEARCH/, cites: 'planning-in-natural-language-improves-llm-search-for-48ae8a' },
  { question: 'What energy efficiency gain does Edge-MoE get over CPU?', fact: '4.90x', cites: 'edge-moe-memory-efficient-multi-task-vision-transformer-1fe708' },
];

export const UNANSWERABLE: readonly UnanswerableQuestion[] = [
  { question: 'What is the capital of France?', why: 'not about any paper' },
  { question: 'Who won the 2022 World Cup?', why: 'not about any paper' },
  { question: 'What GPU does FlashAttention cost?', why: 'no abstract gives hardware prices' },
  { question: 'How many citations does FlashAttention have?', why: 'citations are not recorded' },
  { question: 'What is GPT-5?', why: 'not in the catalogue' },
  { question: 'What does the Chinchilla paper say about compute-optimal training?', why: 'paper not in the catalogue' },
  { question: 'How many parameters does AlphaFold 3 have?', why: 'paper not in the catalogue' },
  { question: 'Who proposed Mixture-of-Memories?', why: 'author names are not recorded' },
  { question: 'When was Mamba published?', why: 'no publication date in its record' },
  { question: 'Where is the code for Edge-MoE?', why: 'the abstract mentions code but gives no link' },
  { question: 'What is the weather in Paris tomorrow?', why: 'not about any paper' },
  { question: 'How much does an NVIDIA H100 cost?', why: 'prices are not in abstracts' },
  { question: 'What accuracy does FlashAttention reach on ImageNet?', why: 'its abstract has no ImageNet result' },
  { question: 'Which conference accepted ZipCache?', why: 'venues are not recorded' },
  { question: 'How many upvotes does FlashAttention have?', why: 'no upvote count in its record' },
  { question: 'How fast does Mamba train on TPUs?', why: 'its abstract does not mention TPUs' },
  { question: 'Does Quartet run on AMD GPUs?', why: 'its abstract names only NVIDIA Blackwell' },
  { question: 'What are the limitations of PLANSEARCH?', why: 'its abstract states none' },
  { question: 'How many layers does GPT-4 have?', why: 'not in the catalogue' },
  { question: 'What is the h-index of the FlashAttention authors?', why: 'not recorded' },
  { question: 'What batch size does it use?', paper: PLANSEARCH, why: 'its abstract gives no batch size' },
  { question: 'What is the stock price of Nvidia?', why: 'not about any paper' },
  { question: 'What is the license of FlashAttention?', why: 'not in the abstracts' },
  { question: 'How much VRAM does Hiformer need?', why: 'not in the abstracts' },
  { question: 'Did Mamba win a best paper award?', why: 'not in the abstracts' },
  { question: 'What is the BLEU score of Conv-TasNet?', why: 'not in the abstracts' },
  { question: 'Who is the first author of ZipCache?', why: 'not in the abstracts' },
  { question: 'How many GPUs were used to train Mamba?', why: 'not in the abstracts' },
  { question: 'What is the speedup of FlashAttention-3?', why: 'not in the abstracts' },
  { question: 'What is Mamba-2?', why: 'not in the abstracts' },
  { question: 'Which papers were written by Yann LeCun?', why: 'not in the abstracts' },
  { question: 'What is the exact price of Claude 3.5 Sonnet?', why: 'not in the abstracts' },
  { question: 'How do I bake sourdough bread?', why: 'not in the abstracts' },
  { question: 'What is LoRA?', why: 'not in the abstracts' },
  { question: 'How many parameters does GPT-4 have?', why: 'not in the abstracts' },
  { question: 'What is the accuracy of ZipCache on ImageNet?', why: 'not in the abstracts' },
  { question: 'Is FlashAttention faster than Mamba?', why: 'not in the abstracts' },
  { question: 'What learning rate does PLANSEARCH use?', why: 'not in the abstracts' },
  { question: 'What is the meaning of life?', why: 'not in the abstracts' },
  { question: 'how to cook pasta', why: 'not in the abstracts' },
  { question: "What's BERT's accuracy on SQuAD?", why: 'not in the abstracts' },
  { question: 'Who wrote Attention Is All You Need?', why: 'not in the abstracts' },
  { question: 'What GPU price does Splitwise report?', why: 'not in the abstracts' },
  { question: 'What is the best paper?', why: 'not in the abstracts' },
  { question: 'How many papers are in the digest?', why: 'not in the abstracts' },
  { question: 'What does FlashAttention say about Mamba?', why: 'not in the abstracts' },
  { question: 'What does Sirius cost?', why: 'not in the abstracts' },
  { question: 'How many GPUs does PLANSEARCH need?', why: 'not in the abstracts' },
  { question: 'Is Mamba open source?', why: 'not in the abstracts' },
  { question: 'What is the accuracy of Quartet on MMLU?', why: 'not in the abstracts' },
  { question: 'When was FlashAttention published?', why: 'not in the abstracts' },
  { question: 'How many authors does Mamba have?', why: 'not in the abstracts' },
  { question: 'Where is the code for Mamba?', why: 'not in the abstracts' },
  { question: 'Which company made ZipCache?', why: 'not in the abstracts' },
  { question: 'What is a transformer?', why: 'not in the abstracts' },
  { question: 'Tell me a joke', why: 'not in the abstracts' },
  { question: 'Which papers were published in Nature?', why: 'not in the abstracts' },
  { question: 'What speedup does FlashAttention-2 get?', why: 'not in the abstracts' },
];
