/**
 * Word lists the question reader relies on. Question words and frame words say what kind of
 * answer is wanted, not what it is about, so they never have to appear in a quoted sentence.
 */

/** Words that frame a question ("what is", "tell me about", "the paper") rather than carry content. */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    'what whats which who whom whose where when why how much many does do did is are was were be been being ' +
    'can could would should will shall may might tell me explain describe summarize summarise summary give show ' +
    'list find please about paper papers article articles work works study studies exactly roughly approximately ' +
    'it its it s they them their this that these those there here the a an of in on for to by with from at as and or ' +
    'propose proposes proposed introduce introduces introduced present presents presented say says said claim claims ' +
    'mention mentions mentioned report reports reported get gets got obtain obtains reach reaches reached achieve ' +
    'achieves achieved attain attains hit make makes made provide provides called named known i we you your our ' +
    'actually really basically main key idea ideas contribution contributions gist tldr tl dr overview eli5 mean means ' +
    'stand stands define definition problem solve solves solved goal purpose point take takes took taken need needs needed ' +
    'read reading wonder wondering curious interested looking want wanted know knowing think heard hear help ' +
    'add adds added require requires required bring brings yield yields getting besides ' +
    // Chat shorthand: "u" (you), "ur" (your), "w" (with), "w/o" (without).
    'u ur w wo'
  ).split(' '),
);

/** Verbs of how a result was obtained ("tested on", "benchmarked on"): they help pick a sentence but need not be in it. */
export const SOFT_WORDS: ReadonlySet<string> = new Set(
  'test tests tested testing evaluate evaluates evaluated evaluating evaluation benchmark benchmarks benchmarked measure measures measured experiment experiments run runs ran'.split(' '),
);

/** Verbs that link an across-papers question to its topic ("papers that use X") and carry none of it. */
export const LINK_VERBS: ReadonlySet<string> = new Set(
  (
    'use uses using used build builds built mention mentions discuss discusses discussed study studies studied ' +
    'address addresses addressed tackle tackles handle handles deal deals cover covers covered focus focuses ' +
    'explore explores explored investigate investigates investigated consider considers look looks talk talks ' +
    'apply applies applied done exist exists existing known written published related regarding concerning ' +
    'anything something any some recent latest new trending'
  ).split(' '),
);

/** Comparatives and measure words: a "how much" question's yardstick, checked as evidence instead. */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  (
    'faster fast speed speeds speedup speedups quicker quick slower slow accuracy accurate score scores ' +
    'performance perform performs well better worse improvement improvements improve improves improved gain gains ' +
    'reduction reduce reduces reduced cut cuts lower lowers decrease decreases save saves saving savings boost boosts ' +
    'increase increases raise raises lose loses lost drop drops degrade degrades speed-up speed-ups higher lower more less fewer larger smaller bigger big large small high low ' +
    'percent percentage times factor fold number amount figure figures result results numbers'
  ).split(' '),
);

/** Words that name computing hardware; a hardware question wants a sentence holding one. */
export const HARDWARE_WORDS: ReadonlySet<string> = new Set(
  (
    'gpu gpus tpu tpus cpu cpus fpga fpgas asic asics accelerator accelerators hardware chip chips on-chip sram hbm ' +
    'nvidia amd intel cuda tensor a100 h100 v100 h800 a6000 rtx blackwell hopper ampere arm mobile smartphone ' +
    'smartphones phone phones edge device devices microcontroller microcontrollers raspberry neuromorphic cluster ' +
    'clusters interconnect interconnects machine machines server servers silicon processor processors memory-bound ' +
    'quantum computer computers qubits qubit'
  ).split(' '),
);

/** Hardware words that only say "some hardware" — a hardware question is answered by any hardware word. */
export const GENERIC_HARDWARE: ReadonlySet<string> = new Set(
  'hardware chip chips device devices accelerator accelerators platform platforms processor processors machine machines server servers cluster clusters'.split(' '),
);

/** Words that count as the same thing in a question and in an abstract (stems of either side). */
export const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['fast', 'faster', 'speed', 'speedup', 'quick', 'quicker', 'acceler', 'latenc', 'throughput', 'wall-clock'],
  ['accuraci', 'accur', 'score', 'pass', 'perform'],
  ['cheap', 'cheaper', 'cost', 'expens', 'budget'],
  ['memori', 'footprint', 'storag', 'ram'],
  ['gpu', 'gpus', 'graphic', 'cuda', 'nvidia', 'a100', 'h100', 'v100', 'h800', 'a6000', 'rtx', 'blackwel', 'hopper', 'ampere'],
  ['code', 'implement', 'github', 'repositori', 'open-sourc', 'sourc'],
  ['llm', 'llms', 'languag'],
  ['compress', 'compact', 'shrink', 'prune', 'quantiz'],
  ['author', 'writer'],
  ['lose', 'loss', 'lost', 'drop', 'degrad', 'declin'],
];
