import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/digest/cleanText.js';

const DIGESTS = join(import.meta.dirname, '../../data/digests');

/** Titles and abstracts of the shipped digests: a title line followed by a long abstract line. */
function readDigests(): { title: string; abstract: string }[] {
  const papers: { title: string; abstract: string }[] = [];
  for (const file of readdirSync(DIGESTS).filter((f) => f.endsWith('.txt'))) {
    const lines = readFileSync(join(DIGESTS, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (let i = 0; i + 1 < lines.length; i++) {
      const title = (lines[i] ?? '').replace(/^Subscribe(?=\S)/, '');
      const abstract = lines[i + 1] ?? '';
      if (abstract.length > 200 && title.length < 300 && !title.startsWith('•')) papers.push({ title, abstract });
    }
  }
  return papers;
}

describe('cleanText on LaTeX residue from the real digests', () => {
  // [raw fragment as scraped, cleaned]
  const cases: [string, string][] = [
    ['drastically reducing runtime by up to 95\\%.', 'drastically reducing runtime by up to 95%.'],
    ['computational Schr\\"odinger Bridges (SB)', 'computational Schrödinger Bridges (SB)'],
    ['multiple-parameter quantum Cram\\\'er-Rao bound', 'multiple-parameter quantum Cramér-Rao bound'],
    ['[Gawrychowski and Uzna\\\'{n}ski, ICALP 2018;', '[Gawrychowski and Uznański, ICALP 2018;'],
    ['ideas of Lindenstrauss--Pe{\\l}czy\\\'nski, Krivine', 'ideas of Lindenstrauss–Pełczyński, Krivine'],
    ['when a Polyak-{\\L}ojasiewicz (P{\\L}) condition holds', 'when a Polyak-Łojasiewicz (PŁ) condition holds'],
    ['model pruning, \\hiformer enjoys fast inference. We then introduce Hiformer', 'model pruning, Hiformer enjoys fast inference. We then introduce Hiformer'],
    ['3times speedup on GPT-2 (seq. length 1K), and 2.4times speedup', '3× speedup on GPT-2 (seq. length 1K), and 2.4× speedup'],
    ['compressing the KV cache by 4.98times, with only a 0.38% drop', 'compressing the KV cache by 4.98×, with only a 0.38% drop'],
    ['given an Ntimes N matrix M', 'given an N× N matrix M'],
    ['for a 4times4 linear differential equation', 'for a 4×4 linear differential equation'],
    ['while retrieving 2-5times fewer candidates', 'while retrieving 2-5× fewer candidates'],
    ['up to 2.4\\times speedup in matrix multiplication', 'up to 2.4× speedup in matrix multiplication'],
    ['three n times d size matrices Q, K, V', 'three n × d size matrices Q, K, V'],
    ['entries specified by a set of entries Omegasubseteq [m]times [n].', 'entries specified by a set of entries Ω⊆ [m]× [n].'],
    ['position and orientations R^3 {times} S^2, and the group SE(3)', 'position and orientations R^3 × S^2, and the group SE(3)'],
    ['D = diag( exp(QK^top) {bf 1}_n ).', 'D = diag( exp(QK^T) 1_n ).'],
    ['Sharper Bounds for ell_p Sensitivity Sampling', 'Sharper Bounds for ℓp Sensitivity Sampling'],
    ['for ell_2 subspace embeddings', 'for ℓ2 subspace embeddings'],
    ['A Nearly-Optimal Bound for Fast Regression with ell_infty Guarantee', 'A Nearly-Optimal Bound for Fast Regression with ℓ∞ Guarantee'],
    ['obeys a weak one-sided ell_{infty} independence condition', 'obeys a weak one-sided ℓ∞ independence condition'],
    ['with guaranteed ell^2 Lipschitz bounds', 'with guaranteed ℓ^2 Lipschitz bounds'],
    ['achieves an excess risk of mathcal{O}(mathcal{C_Phi/m} + mathcal{C_Psi/n}) for downstream tasks', 'achieves an excess risk of O(C_Φ/m + C_Ψ/n) for downstream tasks'],
    ['is of order mathcal O(K^{2/3}) (omitting', 'is of order O(K^(2/3)) (omitting'],
    ['the total sensitivity mathfrak S in remarkably general settings', 'the total sensitivity S in remarkably general settings'],
    ['a function with Barron norm Oleft(left(dB_Lright)^{max{p log(1/ epsilon), p^{log(1/epsilon)}}}right).', 'a function with Barron norm O((dB_L)^(max(p log(1/ ε), p^(log(1/ε))))).'],
    ['finds an Obig(big[sqrt{d}{nvarepsilon}big]^{2/3}big)-stationary point', 'finds an O([√d/(nε)]^(2/3))-stationary point'],
    ['optimal rate on population stationarity is tilde Thetabig(1{n}+sqrt{d}{nvarepsilon}big).', 'optimal rate on population stationarity is Θ̃(1/n+√d/(nε)).'],
    ['which require widetilde O(|Omega| k^2) time.', 'which require Õ(|Ω| k^2) time.'],
    ['for any nge tilde Omega(1/alpha) returns', 'for any nge Ω̃(1/α) returns'],
    ['a lower bound of Omega(sqrt{dklog d}{nepsilon}) on the', 'a lower bound of Ω(√(dklog d)/(nε)) on the'],
    ['an upper bound of O({dsqrt{k}{nepsilon}}) for', 'an upper bound of O(d√k/(nε)) for'],
    ['gamma=Theta(frac{loglog n{log d}}) is required', 'γ=Θ((loglog n/(log d))) is required'],
    ['bounded above by o(sqrt[3]{log n}) then', 'bounded above by o((log n)^(1/3)) then'],
    ['the regret to mathcal O(sqrt K) in the same setting', 'the regret to O(√K) in the same setting'],
    ['under (varepsilon,delta)-differential privacy (DP)', 'under (ε,δ)-differential privacy (DP)'],
    // A bare Greek name is a letter only in mathematical company: `≤ alpha` is, `alpha-stationary` (like `alpha-beta pruning`) is a word.
    ['A point w is called an alpha-stationary point of a function F:R^drightarrowR if |nabla F(w)|leq alpha.', 'A point w is called an alpha-stationary point of a function F:R^d→R if |∇ F(w)|≤ α.'],
    ['a dynamic algorithm for this problem with a 1{2} -epsilon approximation ratio', 'a dynamic algorithm for this problem with a 1/2 -ε approximation ratio'],
    ['by Lattanzi, Mitrovic, Norouzi{-}Fard, Tarnawski', 'by Lattanzi, Mitrovic, Norouzi-Fard, Tarnawski'],
    ['Robust Offline Reinforcement Learning with Linearly Structured $f$-Divergence Regularization', 'Robust Offline Reinforcement Learning with Linearly Structured f-Divergence Regularization'],
    ['We use $alpha$-theory test to certify', 'We use α-theory test to certify'],
    ['an N-dimensional vector emph{b}, and an initial vector emph{x}(0)', 'an N-dimensional vector b, and an initial vector x(0)'],
    ['according to the constraint demph{x}(t)/dt=Memph{x}(t)+emph{b}.', 'according to the constraint dx(t)/dt=Mx(t)+b.'],
    ['(1) {\\it determinism}: almost every linear region', '(1) determinism: almost every linear region'],
    ['random estimates {({bf A}_n, {bf b}_n): n in N^*}.', 'random estimates {(A_n, b_n): n ∈ N^*}.'],
    ['measurements or labels {y} in R^N where {y} = {X} {w}^* + {xi}, and', 'measurements or labels y ∈ R^N where y = X w^* + ξ, and'],
    ['Given a matrix Ain R^{ntimes d} and a vector bin R^n,', 'Given a matrix A ∈ R^(n× d) and a vector b ∈ R^n,'],
    ['the sum of the form {cal L}_N = sum_{i=1}^N f({bf x}_i), where', 'the sum of the form L_N = ∑_(i=1)^N f(x_i), where'],
    ['of CP rank up to O(d^{lfloor m/2rfloor}), via', 'of CP rank up to O(d^(⌊ m/2⌋)), via'],
    ['at random points x_1,dots,x_n. After', 'at random points x_1,…,x_n. After'],
    ['pretrained weights W^star, and adapter matrices alpha B A / r.', 'pretrained weights W^*, and adapter matrices α B A / r.'],
    ['|Ax^*-b|_2cdot |A^dagger| where', '|Ax^*-b|_2· |A^†| where'],
    ['where the sign(cdot) operator in Lion is replaced', 'where the sign(·) operator in Lion is replaced'],
    ['family of Lion-kappa algorithms', 'family of Lion-kappa algorithms'],
    ['it outperforms DSP-v1.5 (54.9% rightarrow 55.3%) while', 'it outperforms DSP-v1.5 (54.9% → 55.3%) while'],
    ['K is the number of episodes, Gamma le S is the maximum', 'K is the number of episodes, Γ ≤ S is the maximum'],
    ['when m gg n and C_{Phicirc Psi} > C_Psi.', 'when m ≫ n and C_(Φ ∘ Ψ) > C_Ψ.'],
    ['within a factor (1 pm varepsilon). The Fast JL', 'within a factor (1 ± ε). The Fast JL'],
    ['the lower bound of the approximation is approx 0.37. We', 'the lower bound of the approximation is ≈ 0.37. We'],
    ['with the standard Word-RAM model with Theta(log n)-bit words.', 'with the standard Word-RAM model with Θ(log n)-bit words.'],
    ['the surface mass density Sigma(R) and the average surface mass density Sigma(<R) for', 'the surface mass density Σ(R) and the average surface mass density Σ(<R) for'],
    ['a X distribution involving a shape parameter alpha(z) decreasing with time.', 'a X distribution involving a shape parameter α(z) decreasing with time.'],
    ['conformal to AdS_{p+2} x S^{8-p} with a linear dilaton', 'conformal to AdS_(p+2) x S^(8-p) with a linear dilaton'],
    ['with p \\leq 4, including', 'with p ≤ 4, including'],
    ['8 Intel^circledR Gaudi^circledR 2 accelerators', '8 Intel® Gaudi® 2 accelerators'],
    ['on the latest Intel^circledR Core^{tiny TM} Ultra, achieving', 'on the latest Intel® Core™ Ultra, achieving'],
    ['Inference Scaling scriptsizeFLaws: The Limits of LLM Resampling with Imperfect Verifiers', 'Inference Scaling FLaws: The Limits of LLM Resampling with Imperfect Verifiers'],
    ["one of the first ``deep'' learning methods ever studied", 'one of the first "deep" learning methods ever studied'],
    ['we provide a ``plug and play" style implementation', 'we provide a "plug and play" style implementation'],
    ["under a mild ''informative'' condition", 'under a mild "informative" condition'],
    ["leveraging `low-dimensional structures' present in the specific functions", "leveraging 'low-dimensional structures' present in the specific functions"],
    ["the Jacobi eigenvalue algorithm, which addresses a longstanding open problem of Demmel and Veseli\\'c `92.", "the Jacobi eigenvalue algorithm, which addresses a longstanding open problem of Demmel and Veselić '92."],
    ['Jain, Netrapalli and Sanghavi~jns13 showed that', 'Jain, Netrapalli and Sanghavi jns13 showed that'],
    ['planning horizon, a.k.a.~the horizon-free bounds.', 'planning horizon, a.k.a. the horizon-free bounds.'],
    ['based on recurrent linear layers~(including S4, S5, and the LRU)', 'based on recurrent linear layers (including S4, S5, and the LRU)'],
    ['search spaces. %However, the macro structure of such spaces', 'search spaces. However, the macro structure of such spaces'],
    ['according to the Kullback--Leibler loss.', 'according to the Kullback–Leibler loss.'],
    ['a hybrid classical--quantum framework', 'a hybrid classical–quantum framework'],
    ['Predictable Scale: Part I -- Optimal Hyperparameter Scaling Law', 'Predictable Scale: Part I – Optimal Hyperparameter Scaling Law'],
  ];
  it.each(cases)('%s', (raw, cleaned) => {
    expect(cleanText(raw)).toBe(cleaned);
  });

  it('keeps URLs intact and drops the LaTeX that wraps them', () => {
    expect(cleanText('Code is available at url{http://github.com/czg1225/SlimSAM}.')).toBe('Code is available at http://github.com/czg1225/SlimSAM.');
    expect(cleanText('Full open source code can be found at https://github.com/alaamaalouf/AutoCoreset{https://github.com/alaamaalouf/AutoCoreset}. We believe'))
      .toBe('Full open source code can be found at https://github.com/alaamaalouf/AutoCoreset. We believe');
    expect(cleanText('Visit our website at~https://adamdad.github.io/vico/{https://adamdad.github.io/vico/}.'))
      .toBe('Visit our website at https://adamdad.github.io/vico/.');
    expect(cleanText('The code for our work is openly accessible https://anonymous.4open.science/r/TangleNAS-527C{here}'))
      .toBe('The code for our work is openly accessible https://anonymous.4open.science/r/TangleNAS-527C here');
    // LaTeX rules never touch a URL's own text.
    expect(cleanText('Our code is at https://github.com/yuhao318/Atomic_Feature_Mimicking.')).toBe('Our code is at https://github.com/yuhao318/Atomic_Feature_Mimicking.');
    expect(cleanText('see https://x.org/a--b_c~d/times_alpha?x=$y$&z=1 ok')).toBe('see https://x.org/a--b_c~d/times_alpha?x=$y$&z=1 ok');
  });

  // What must not change: English words that look like LaTeX names, and names.
  const untouched = [
    'SlimSAM yields significant performance improvements while demanding over 10 times less training costs',
    'FastRP is over 4,000 times faster than state-of-the-art methods',
    'equal to the L^2 difference between an input and the system matrix times the network evaluation',
    'sometimes failing to train in the presence of small changes',
    'we demonstrate FastDraft by training two highly parameter efficient drafts for the popular Phi-3-mini and Llama-3.1-8B models',
    'We demonstrate this approach across models (Llama 3, Gemma 3, Qwen 3, Phi 4, Mistral Ministral and OLMo 2)',
    'Analysis of Two Models for the Angular Structure of the Outflows Producing the Swift/XRT "Larger-Angle Emission" of Gamma-Ray Bursts',
    'e.g. compute graphs, imperative code, or lambda functions.',
    'The proposed Neural Stochastic Dual Dynamic Programming (nu-SDDP) continually self-improves',
    'Our custom kernel implementation of CATS results in a ~15% improvement in wall-clock inference latency',
    'by training on models with only 1M~60M parameters.',
    'a rectangle in only one of the four directions: up, down, left, or right until it reaches B',
    'which leads to big difficulties in understanding such intentions precisely',
    'the transition matrix can be factored into the product of two matrices, left and right -- is a highly representative structure',
    'Mixture-of-Experts (MoE) and the alpha vectors of a POMDP',
    'i.e., emphasize the near and neglect the distant',
    'quantum dots emit light, and mathematicians emphasized the attainability of arbitrary precision',
  ];
  it.each(untouched)('leaves alone: %s', (text) => {
    const expected = text.replace(' -- ', ' – ');
    expect(cleanText(text)).toBe(expected);
  });
});

describe('cleanText on characters and whitespace', () => {
  it('decodes HTML entities, once and for all', () => {
    expect(cleanText('Tom &amp; Jerry &lt;3 caf&#233; &#x1F600; &quot;q&quot; &nbsp;x')).toBe('Tom & Jerry <3 café 😀 "q" x');
    expect(cleanText('&amp;lt;b&amp;gt; and &amp;amp; and &#38;lt;')).toBe('<b> and & and <');
    // An unknown name stays text; a reference to no character is U+FFFD, as HTML decodes it (entities package).
    expect(cleanText('&bogus; &#99999999; &')).toBe('&bogus; \uFFFD &');
    // Every HTML named entity, not a hand-picked few; C1 references are the Windows-1252 characters HTML means.
    expect(cleanText('&alpha;-decay &hearts; &euro;5 &#128;5 R&D AT&amp;T')).toBe('α-decay ♥ €5 €5 R&D AT&T');
  });

  it('removes control, zero-width and bidi characters and collapses every kind of space', () => {
    expect(cleanText('  a\tb\n\nc\r\nd\u00a0e\u2003f\u200bg\u200dh\ufeffi\u0007j\u202ek\u2066l\u00adm  ')).toBe('a b c d e fghijklm');
    expect(cleanText('x\u0000y\u001bz\u007f\u0085w')).toBe('xyz w');
    expect(cleanText('lone \ud800 surrogate \udc00 pair 😀')).toBe('lone surrogate pair 😀');
    expect(cleanText('\uE000\uE010\uE001 private use')).toBe('private use');
    expect(cleanText('   ')).toBe('');
    expect(cleanText('')).toBe('');
  });

  it('normalizes to NFC', () => {
    expect(cleanText('Schro\u0308dinger')).toBe('Schrödinger');
  });

  it('passes hostile text through as text: escaping for Discord happens elsewhere', () => {
    const hostile = '@everyone @here <@123456789012345678> <#1> **bold** __under__ `code` ```js\nx``` ~~strike~~ ||spoiler|| > quote # heading [link](http://evil.example/a) <script>alert(1)</script>';
    const out = cleanText(hostile);
    for (const piece of ['@everyone', '@here', '<@123456789012345678>', '<#1>', '**bold**', '__under__', '`code`', '~~strike~~', '||spoiler||', '> quote', '# heading', '[link](http://evil.example/a)', '<script>alert(1)</script>']) {
      expect(out).toContain(piece);
    }
    expect(cleanText('costs $5-$10 and $20')).toBe('costs $5-$10 and $20');
  });
});

describe('cleanText is idempotent and fast', () => {
  it('is a fixed point on every real title and abstract', () => {
    for (const { title, abstract } of readDigests()) {
      for (const text of [title, abstract]) {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }
    }
  });

  it('is a fixed point on random LaTeX-like input', () => {
    const tokens = ['{', '}', '^', '_', '\\', '$', '~', '`', "''", '``', ' ', ' ', 'x', 'N', '1', '2.5', 'times', 'alpha', 'Omega', 'mathcal', 'sqrt', 'frac', 'big', 'left(', 'right)',
      'ell', 'in R^', 'emph', 'bf ', 'tilde ', 'leq', 'rangle', '--', '%', 'https://a.io/x', '&amp;', ':', '|', '(', ')', '[', ']', 'sum_', 'cup', 'le ', 'e', '\u00a0'];
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let j = 0, n = 1 + random(25); j < n; j++) text += tokens[random(tokens.length)];
      const once = cleanText(text);
      expect(cleanText(once), JSON.stringify(text)).toBe(once);
    }
  });

  // Guards against catastrophic backtracking, not a speed claim: a quadratic pass over 1 MB takes minutes.
  it('cleans a 1 MB line with no spaces without backtracking blow-up', () => {
    const line = 'Obig(big[sqrt{d}{nvarepsilon}big]^{2/3}big)3timesABC'.repeat(20_000).slice(0, 1_000_000);
    const plain = 'a'.repeat(1_000_000);
    for (const text of [plain, line]) {
      const start = performance.now();
      cleanText(text);
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });

  it('stays linear on pathological 1 MB inputs', () => {
    const units = ['{', '}', '{a}', '\\', '\\a', '$', '$a', '~', '`', "'", 'times', '1times', 'ntimes', 'http://', 'a.', 'a.com/', '&amp;', '&#', '^{', '_{', '%', '-',
      'big(', 'left(', 'right)', 'sqrt{', 'mathcal{', '1{2}', 'url{', ' le ', 'a in R^', 'alpha', 'gamma_', '\u00a0\u200b\t', '\ud800', 'rangle', 'widetilde', 'emph{x}', '{a:b}', 'cup{'];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
      const start = performance.now();
      cleanText(text);
      expect(performance.now() - start, JSON.stringify(unit)).toBeLessThan(2000);
    }
    const nested = '{'.repeat(500_000) + '}'.repeat(500_000);
    const start = performance.now();
    cleanText(nested);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('cleanText over every abstract of the real digests', () => {
  const papers = readDigests();

  it('finds the papers', () => {
    expect(papers.length).toBeGreaterThan(300);
  });

  it('leaves no LaTeX residue', () => {
    const residue: [string, RegExp][] = [
      ['backslash', /\\/],
      ['{bf', /\{\s?bf\b/],
      ['mathcal', /mathcal/],
      ['mathfrak', /mathfrak/],
      ['textbf', /textbf/],
      ['emph{', /emph\{/],
      ['digits+times', /\d+times\b/],
      ['glued times', /(?<![A-Za-z])[A-Za-z]times\b/],
      ['varepsilon', /varepsilon|epsilon/],
      ['sqrt', /sqrt/],
      ['frac{', /frac\{/],
      ['scriptsize', /scriptsize/],
      ['ell_', /(?<![A-Za-z])ell_/],
      ['infty', /infty/],
      ['rightarrow', /rightarrow/],
      ['big(', /big[([]/],
      ['left(', /left\(/],
      ['$…$', /\$[A-Za-z]/],
      ['``', /``|''/],
      ['~ between words', /[A-Za-z]~[A-Za-z]/],
      ['^{', /\^\{/],
      ['_{', /_\{/],
      ['circledR', /circledR/],
      ['leq', /\b[lg]eq\b/],
    ];
    for (const { title, abstract } of papers) {
      for (const text of [title, abstract]) {
        const out = cleanText(text);
        for (const [name, pattern] of residue) expect(pattern.test(out), `${name} in: ${out}`).toBe(false);
        // The only braces left are sets: `{(A_n, b_n): n ∈ N^*}`, `R∪{-∞}`.
        for (const group of out.match(/\{[^{}]*\}/g) ?? []) expect(group, out).toMatch(/:|^\{-∞\}$/);
      }
    }
  });

  it('keeps every number, in order', () => {
    for (const { title, abstract } of papers) {
      for (const text of [title, abstract]) {
        const out = cleanText(text);
        const before = text.match(/\d+/g) ?? [];
        for (const digits of before) expect(out, `lost ${digits}`).toContain(digits);
        // Each number of the raw text appears, in the same order, among the cleaned text's numbers.
        const after = out.match(/\d+/g) ?? [];
        let at = 0;
        for (const digits of before) {
          while (at < after.length && after[at] !== digits) at++;
          expect(at < after.length, `${digits} out of order in: ${out}`).toBe(true);
          at++;
        }
      }
    }
  });

  it('keeps every name: capitalized words of the raw text survive', () => {
    for (const { abstract } of papers) {
      const out = cleanText(abstract);
      const names = abstract.match(/(?<![\\A-Za-z])[A-Z][a-z]*[A-Z][A-Za-z0-9-]*/g) ?? [];
      for (const name of names) {
        // Greek letters are not names, and `^{tiny TM}` is the ™ sign.
        if (/^(?:Omega|Theta|Delta|Sigma|Gamma|Phi|Psi|Lambda|Xi|Pi)/.test(name) || name === 'TM') continue;
        expect(out, name).toContain(name.replace(/-$/, ''));
      }
    }
  });
});

describe('cleanText on Greek letter names', () => {
  // Every capitalized Greek name is also a word, a product or a model name.
  const CAPITALIZED = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa', 'Lambda', 'Mu', 'Nu', 'Xi',
    'Omicron', 'Pi', 'Rho', 'Sigma', 'Tau', 'Upsilon', 'Phi', 'Chi', 'Psi', 'Omega'];
  it.each(CAPITALIZED)('leaves the word %s alone in titles and prose', (name) => {
    for (const text of [`${name} Tuning: Parameter-Efficient Methods`, `${name}: A Benchmark for Agents`, `We call our model ${name}, and it is fast.`,
      `The ${name} and ${name}-2 models (${name} is open) outperform baselines`, `{${name}} Tuning`]) {
      expect(cleanText(text)).toBe(text.replace(`{${name}}`, name));
    }
  });

  it.each([
    'We release a beta version of the tool.', 'Celebrated on pi day.', 'the mu opioid receptor', 'an alpha release and alpha vectors',
    'a river delta, six sigma and omega-3 fatty acids', 'tau protein and theta waves', 'the (alpha version) and the alpha/beta testing',
    'eta of arrival, rho of the market, nu metal, chi energy, psi units', 'the lambda calculus and a lambda function',
  ])('leaves ordinary lower-case words alone: %s', (text) => {
    expect(cleanText(text)).toBe(text);
  });

  it.each([
    ['\\Delta Tuning with \\alpha and \\beta', 'Δ Tuning with α and β'],
    ['we use $alpha$ and $Delta$-updates and $x_beta$', 'we use α and Δ-updates and x_β'],
    ['temperature beta=2 and lr eta = 0.1', 'temperature β=2 and lr η = 0.1'],
    ['the loss L_theta and Omega(n) and sigma^2', 'the loss L_θ and Ω(n) and σ^2'],
    ['with probability 1-delta, and 0<pi<1', 'with probability 1-δ, and 0<π<1'],
    ['the pair (mu,nu) and {xi}', 'the pair (μ,ν) and ξ'],
    ['Delta u_L and A_mu alpha B / r', 'Δ u_L and A_μ α B / r'],
  ])('turns real LaTeX residue into letters: %s', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
    expect(cleanText(clean)).toBe(clean);
  });
});
