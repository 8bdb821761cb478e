import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, paperId, titleKey } from '../../src/digest/paperId.js';
import { paperSchema } from '../../src/digest/schema.js';

const ID = paperSchema.shape.id;

describe('paperId', () => {
  it('keeps the slug of an ASCII title as it always was', () => {
    expect(paperId('Edge-MoE: Memory-Efficient Multi-Task Vision Transformer')).toBe('edge-moe-memory-efficient-multi-task-vision-transformer');
    expect(paperId('Light Schrödinger Bridge')).toBe('light-schrodinger-bridge');
    expect(paperId('Delta Tuning: A Comprehensive Study')).toBe('delta-tuning-a-comprehensive-study');
  });

  it.each([
    ['Greek', 'Μηχανική μάθηση για όλους'],
    ['CJK', '大規模言語モデルの評価'],
    ['Cyrillic', 'Глубокое обучение без учителя'],
    ['Arabic digits', '٣٤٥'],
    ['emoji only', '🚀🔥🚀'],
    ['punctuation only', '?!…—'],
    ['a lone symbol', 'Δ'],
    ['mixed', 'GPT-4の評価: 安全性'],
    ['long mixed', `${'Transformers '.repeat(8)}の評価`],
    ['Greek letter and words', 'Δ-Tuning: α-Stationary Points'],
  ])('gives a %s title an id the schema accepts', (_, title) => {
    const id = paperId(title);
    expect(ID.safeParse(id).success, id).toBe(true);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(paperId(title)).toBe(id);
  });

  it('names a title without ASCII by a hash, and keeps lossy slugs apart with one', () => {
    expect(paperId('大規模言語モデルの評価')).toMatch(/^paper-[0-9a-f]{8}$/);
    expect(paperId('大規模言語モデルの評価')).not.toBe(paperId('大規模言語モデルの安全性'));
    expect(paperId('GPT-4の評価')).toMatch(/^gpt-4-[0-9a-f]{8}$/);
    expect(paperId('GPT-4の評価')).not.toBe(paperId('GPT-4の安全性'));
    expect(paperId('Δ Tuning')).toMatch(/^delta-tuning-[0-9a-f]{8}$/);
    expect(paperId('Δ Tuning')).not.toBe(paperId('Delta Tuning'));
  });
});

describe('titleKey', () => {
  it('is never empty for a title with any character, so merging never drops it', () => {
    for (const title of ['🚀🔥🚀', '?!…—', '大規模言語モデル', 'Δ']) expect(titleKey(title).length).toBeGreaterThan(0);
    expect(titleKey('🚀  🔥')).toBe(titleKey('🚀 🔥'));
    expect(titleKey('Edge-MoE')).toBe('edge moe');
  });
});
