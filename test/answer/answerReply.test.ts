import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { answerReply } from '../../src/replies/answerReply.js';
import { LIMITS } from '../../src/replies/limits.js';
import { embedLength, toPayload } from '../../src/replies/message.js';

const answer: Answer = {
  answer: 'From the abstract of “FlashAttention”: “FlashAttention trains Transformers faster.” [1]',
  citations: [{ id: 'flash', title: 'FlashAttention: Fast and Memory-Efficient Exact Attention', quote: 'FlashAttention trains Transformers faster.' }],
  confident: true,
  kind: 'paper',
};

describe('answerReply', () => {
  it('is one embed: the question as title, the answer as text, each citation as "[n] Title" with its quote', () => {
    const reply = answerReply(answer, 'How much faster is FlashAttention?');
    expect(reply.embeds).toHaveLength(1);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('How much faster is FlashAttention?');
    expect(embed?.description).toContain('FlashAttention trains Transformers faster.');
    expect(embed?.fields).toEqual([{ name: '\\[1\\] FlashAttention: Fast and Memory-Efficient Exact Attention', value: '“FlashAttention trains Transformers faster.”', inline: false }]);
    expect(embed?.description).not.toMatch(/Not sure/);
  });

  it('marks an answer that is not confident, visibly', () => {
    const embed = answerReply({ ...answer, confident: false }, 'q').embeds?.[0];
    expect(embed?.description).toMatch(/^⚠️ \*\*Not sure\*\*/);
    expect(embed?.footer?.text).toMatch(/Low confidence/);
  });

  it('pings nobody: mentions in titles, quotes and the question are broken, and the payload allows none', () => {
    const hostile: Answer = {
      answer: 'Hello @everyone and <@123456789012345678>',
      citations: [{ id: 'x', title: '@everyone read this', quote: '@here <@&987654321098765432> **bold**' }],
      confident: true,
      kind: 'paper',
    };
    const reply = answerReply(hostile, '@everyone what?');
    const embed = reply.embeds?.[0];
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@everyone|@here|<@&?\d/);
    expect(embed?.fields?.[0]?.name).toContain('@\u200beveryone');
    expect(embed?.fields?.[0]?.value).toContain('\\*\\*bold\\*\\*');
    expect(toPayload(reply).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('stays within Discord\'s limits however long the answer and its quotes are', () => {
    const long = 'x'.repeat(10_000);
    const big: Answer = {
      answer: long,
      citations: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, title: `${'Title '.repeat(80)}${i}`, quote: long })),
      confident: false,
      kind: 'across',
    };
    const reply = answerReply(big, 'q'.repeat(1_000));
    const embed = reply.embeds?.[0];
    if (embed === undefined) throw new Error('no embed');
    expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length).toBeLessThanOrEqual(5);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    // Already within limits, so the message builder sends it unchanged.
    expect(toPayload(reply).embeds[0]).toEqual(embed);
  });
});
