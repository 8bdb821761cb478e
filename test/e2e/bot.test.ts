import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type InteractionResult } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { HOSTILE_DIGEST, botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';

// The real bot process (src/main.ts) and the real discord.js client against the stand-in Discord.
let fake: FakeDiscord;
let bot: BotProcess;
let workspace: BotWorkspace;
const answered: InteractionResult[] = [];

async function run(handle: { waitForResponse(o?: { timeoutMs?: number }): Promise<InteractionResult> }): Promise<InteractionResult> {
  const result = await handle.waitForResponse({ timeoutMs: 8000 });
  answered.push(result);
  return result;
}

function allText(result: InteractionResult): string {
  const m = result.message;
  if (m === null) return '';
  return [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])].join('\n');
}

function customIds(result: InteractionResult): string[] {
  const rows = (result.message?.components ?? []) as { components: { custom_id?: string; disabled?: boolean; label?: string }[] }[];
  return rows.flatMap((r) => r.components.map((c) => c.custom_id ?? ''));
}

function menuValues(result: InteractionResult): string[] {
  const rows = (result.message?.components ?? []) as { components: { options?: { value: string }[] }[] }[];
  return rows.flatMap((r) => r.components).flatMap((c) => c.options ?? []).map((o) => o.value);
}

function button(result: InteractionResult, label: RegExp): { custom_id: string; disabled?: boolean } {
  const rows = (result.message?.components ?? []) as { components: { custom_id?: string; disabled?: boolean; label?: string }[] }[];
  const found = rows.flatMap((r) => r.components).find((c) => label.test(c.label ?? ''));
  if (found?.custom_id === undefined) throw new Error(`no button ${label} in ${JSON.stringify(rows)}`);
  return { custom_id: found.custom_id, ...(found.disabled === undefined ? {} : { disabled: found.disabled }) };
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz012345' });
  workspace = createWorkspace({ '900_hostile.txt': HOSTILE_DIGEST });
  bot = await spawnBot({ env: botEnv(fake, workspace), readyPattern: 'ready', readyTimeoutMs: 30_000 });
});

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('paperboy end to end (real bot process, stand-in Discord)', () => {
  it('identifies with only the Guilds intent and registers valid commands to the server', () => {
    expect(fake.identify?.intents).toBe(1);
    const commands = fake.registeredCommands(fake.defaultGuildId);
    expect(commands.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['help', 'paper', 'search']));
    for (const command of commands) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
    expect(bot.logs.some((l) => l.msg === 'command registration failed')).toBe(false);
  });

  it('/paper finds a paper by a hyphen-less name and offers Related papers', async () => {
    const result = await run(fake.sendCommand({ name: 'paper', options: { query: 'edge moe' } }));
    const embed = result.message?.embeds[0];
    expect(embed?.title).toContain('Edge-MoE');
    expect(embed?.url).toMatch(/^https:\/\/arxiv\.org\//);
    expect(allText(result)).toContain('huggingface.co/papers');
    expect(result.message?.ephemeral).toBe(false);
    const related = await run(fake.clickButton({ customId: button(result, /related/i).custom_id, message: result.message! }));
    expect(related.message?.ephemeral).toBe(true);
    expect(related.message?.embeds[0]?.description).toMatch(/\*\*1\. \[/);
  });

  it('/paper autocomplete answers from memory within limits', async () => {
    const result = await run(fake.sendAutocomplete({ name: 'paper', options: { query: 'flash' }, focused: 'query' }));
    expect(result.choices?.length).toBeGreaterThan(0);
    expect(result.choices?.length).toBeLessThanOrEqual(25);
    expect(result.choices?.map((c) => c.name)).toContain('FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness');
    for (const choice of result.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
    const empty = await run(fake.sendAutocomplete({ name: 'paper', options: { query: '' }, focused: 'query' }));
    expect(empty.choices?.length).toBe(25);
    // Picking a suggestion sends its value (the paper id) as the query.
    const picked = await run(fake.sendCommand({ name: 'paper', options: { query: String(result.choices?.[0]?.value) } }));
    expect(picked.message?.embeds[0]?.title).toBe(result.choices?.[0]?.name);
  });

  it('/paper with no match answers privately with the closest titles, each one a click away', async () => {
    const result = await run(fake.sendCommand({ name: 'paper', options: { query: 'quantum chromodynamics of bananas' } }));
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content).toMatch(/No paper matches/);
    const value = menuValues(result)[0] ?? '';
    expect(result.message?.content).toContain('Closest titles');
    const opened = await run(fake.selectMenu({ customId: 'pick:lookup', values: [value], message: result.message! }));
    expect(opened.message?.embeds[0]?.footer?.text).toMatch(/^Daily Papers · /);
    expect(opened.message?.embeds[0]?.footer?.text?.endsWith(` · id: ${value}`)).toBe(true);
  });

  it('/paper says when it shows the closest match for a misspelt query, and offers the others', async () => {
    const result = await run(fake.sendCommand({ name: 'paper', options: { query: 'flash atention' } }));
    expect(result.message?.content).toMatch(/^Closest match for “flash atention”/);
    expect(result.message?.embeds[0]?.title).toMatch(/^FlashAttention/);
    const values = menuValues(result);
    expect(values.length).toBeGreaterThan(0);
    expect(values).not.toContain(result.message?.embeds[0]?.footer?.text?.split(' · id: ')[1]);
    const exact = await run(fake.sendCommand({ name: 'paper', options: { query: 'FlashAttention' } }));
    expect(exact.message?.content ?? '').toBe('');
  });

  it('/search pages through results with stateless buttons', async () => {
    const first = await run(fake.sendCommand({ name: 'search', options: { topic: 'linear attention' } }));
    const embed = first.message?.embeds[0];
    expect(embed?.title).toContain('linear attention');
    expect(embed?.footer?.text).toMatch(/^Page 1 of \d+/);
    expect((embed?.description ?? '').match(/\*\*\d+\. \[/g)).toHaveLength(5);
    expect(button(first, /previous/i).disabled).toBe(true);
    for (const id of customIds(first)) expect(id.length).toBeLessThanOrEqual(100);
    const second = await run(fake.clickButton({ customId: button(first, /next/i).custom_id, message: first.message! }));
    expect(second.callbackType).toBe(7);
    expect(second.message?.embeds[0]?.footer?.text).toMatch(/^Page 2 of/);
    expect(second.message?.embeds[0]?.description).toMatch(/\*\*6\. \[/);
    const back = await run(fake.clickButton({ customId: button(second, /previous/i).custom_id, message: second.message! }));
    expect(back.message?.embeds[0]?.description).toBe(embed?.description);
  });

  it('/search says which topic words no paper mentions when it can only offer near misses', async () => {
    const near = await run(fake.sendCommand({ name: 'search', options: { topic: 'federated learning' } }));
    expect(near.message?.content).toMatch(/No paper in my digests mentions “federated”/);
    expect(near.message?.embeds[0]?.description).toMatch(/\*\*1\. \[/);
    const whole = await run(fake.sendCommand({ name: 'search', options: { topic: 'kv cache' } }));
    expect(whole.message?.content ?? '').toBe('');
  });

  it('/search keeps page ids under 100 characters for very long topics', async () => {
    const topic = 'sparse autoencoders for mechanistic interpretability of large language model activations and features superposition'.slice(0, 200);
    const result = await run(fake.sendCommand({ name: 'search', options: { topic } }));
    for (const id of customIds(result)) expect(id.length).toBeLessThanOrEqual(100);
  });

  it('opens a listed paper from the search menu, privately', async () => {
    const result = await run(fake.sendCommand({ name: 'search', options: { topic: 'kv cache' } }));
    const menu = customIds(result).find((id) => id.startsWith('pick:'));
    const value = menuValues(result)[0] ?? '';
    const opened = await run(fake.selectMenu({ customId: menu ?? '', values: [value], message: result.message! }));
    expect(opened.message?.ephemeral).toBe(true);
    expect(opened.message?.embeds[0]?.footer?.text).toMatch(/^Daily Papers · /);
    expect(opened.message?.embeds[0]?.footer?.text?.endsWith(` · id: ${value}`)).toBe(true);
  });

  it('hostile digest text pings nobody and renders as text', async () => {
    const result = await run(fake.sendCommand({ name: 'paper', options: { query: 'free gpus for everyone' } }));
    const message = result.message!;
    expect(message.allowedMentions).toEqual({ parse: [], replied_user: false });
    const text = allText(result);
    expect(text).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(text).not.toMatch(/(^|[^\u200b])@here/);
    expect(text).not.toMatch(/<@&?\d+>/);
    expect(text).toContain('\\*\\*Free\\*\\*');
    expect(text).not.toContain('[click](https://evil.example)');
  });

  it.each([
    ['empty', '   '],
    ['punctuation', '!?.,;:'.repeat(33)],
    ['stop words only', 'the of and with'],
    ['emoji', '🔥🚀🤖'],
  ])('/search with bad input (%s) gets a clear private answer', async (_name, topic) => {
    const result = await run(fake.sendCommand({ name: 'search', options: { topic } }));
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content).toMatch(/topic|search for|No papers/i);
  });

  it.each([
    ['punctuation', '!?'.repeat(100)],
    ['emoji', '🔥🚀🤖'],
    ['blank', ' '],
  ])('/paper with bad input (%s) gets a clear private answer', async (_name, query) => {
    const result = await run(fake.sendCommand({ name: 'paper', options: { query } }));
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content.length).toBeGreaterThan(10);
  });

  it('/help lists every command with an example', async () => {
    const result = await run(fake.sendCommand({ name: 'help' }));
    const names = fake.registeredCommands(fake.defaultGuildId).map((c) => `/${c.name}`);
    const text = allText(result);
    for (const name of names) expect(text).toContain(name);
  });

  it('backs off on a 429 on the reply and still answers', async () => {
    fake.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback/, status: 429, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false }, headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' } });
    const result = await run(fake.sendCommand({ name: 'paper', options: { query: 'FlashAttention' } }));
    expect(result.message?.embeds[0]?.title).toContain('FlashAttention');
    expect(result.requests.some((r) => r.status === 429)).toBe(true);
  });

  it('an unexpected error is logged once with the interaction id and the user gets an apology', async () => {
    fake.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback/, status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } });
    const handle = fake.sendCommand({ name: 'paper', options: { query: 'Mamba' } });
    const result = await run(handle);
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content).toMatch(/Sorry/);
    await bot.waitForLog((l) => l.json?.msg === 'interaction failed' && l.json.interactionId === handle.id, 5000);
    expect(bot.logs.filter((l) => l.msg === 'interaction failed' && l.interactionId === handle.id)).toHaveLength(1);
    expect(bot.logs.find((l) => l.interactionId === handle.id && l.msg === 'interaction failed')?.command).toBe('/paper');
    // …and keeps serving others.
    const next = await run(fake.sendCommand({ name: 'paper', options: { query: 'Mamba' } }));
    expect(next.message?.embeds[0]?.title).toContain('Mamba');
  });

  it('answered every interaction within 3 seconds, touched no unknown route, never logged the token', () => {
    expect(answered.length).toBeGreaterThan(15);
    for (const result of answered) expect(result.firstResponseMs).toBeLessThan(3000);
    expect(fake.unknownRoutes).toEqual([]);
    expect(bot.lines.some((l) => l.raw.includes(fake.token))).toBe(false);
  });

  it('stops cleanly on SIGTERM with exit code 0', async () => {
    bot.kill('SIGTERM');
    expect(await bot.waitForExit(15_000)).toBe(0);
    expect(bot.logs.some((l) => l.msg === 'stopped')).toBe(true);
  });
});
