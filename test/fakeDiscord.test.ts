import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  REST,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { globalRateLimitFault, routeRateLimitFault, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../support/spawnBot.js';

const PING = { name: 'ping', description: 'Replies with pong' };
const SEARCH = {
  name: 'search',
  description: 'Search papers',
  options: [
    { type: 3, name: 'query', description: 'What to look for', required: true, autocomplete: true },
    { type: 4, name: 'limit', description: 'How many', required: false },
    { type: 7, name: 'channel', description: 'Where', required: false },
  ],
};

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await stopAllBots();
  // Every test must leave the protocol clean: no routes the fake lacks, no gateway violations.
  const problems = fake
    ? [
        ...fake.problems,
        ...fake.unknownRoutes.map((r) => `unknown route ${r.method} ${r.path}`),
        ...fake.schemaViolations().map((v) => `${v.operation ?? `${v.method} ${v.path}`} refused by Discord's schema: ${v.errors.join('; ')}`),
      ]
    : [];
  await fake?.close();
  fake = undefined;
  expect(problems).toEqual([]);
});

/** Starts a fake, logs a real discord.js client in, and registers guild commands. */
async function connect(opts: FakeDiscordOptions = {}, onInteraction?: (i: Interaction) => Promise<void>): Promise<{ fake: FakeDiscord; client: Client; rest: REST }> {
  fake = await startFakeDiscord(opts);
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBaseUrl } });
  if (onInteraction) {
    client.on(Events.InteractionCreate, (i) => {
      onInteraction(i).catch(() => undefined); // failures show up as the fake's recorded 4xx
    });
  }
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  const rest = new REST({ api: fake.apiBaseUrl }).setToken(fake.token);
  await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.defaultGuildId), { body: [PING, SEARCH] });
  return { fake, client, rest };
}

describe('gateway and login', () => {
  it('reaches READY with the guild, channels and bot permissions cached', async () => {
    const { fake, client } = await connect();
    const guild = client.guilds.cache.get(fake.defaultGuildId);
    const channel = guild?.channels.cache.get(fake.defaultChannelId);
    const me = guild?.members.me;
    expect(guild?.name).toBe('Test Guild');
    expect(channel?.name).toBe('general');
    expect(me && channel?.permissionsFor(me)?.has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages])).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(fake.identify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(fake.gatewayConnections[0]?.query).toEqual({ v: '10', encoding: 'json' });
  });

  it('mirrors per-channel bot permissions into discord.js and into REST answers', async () => {
    const { fake, client } = await connect();
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    const changed = once(client, Events.ChannelUpdate);
    fake.setChannelPermissions(channel.id, PermissionFlagsBits.ViewChannel);
    await changed;
    const me = channel.guild.members.me;
    expect(me && channel.permissionsFor(me)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    await expect(channel.send('hi')).rejects.toMatchObject({ code: 50013, status: 403 });
    fake.setChannelPermissions(channel.id, 0n);
    await expect(channel.send('hi')).rejects.toMatchObject({ code: 50001, status: 403 });
  });

  it('acknowledges heartbeats', async () => {
    const { client } = await connect({ heartbeatIntervalMs: 50 });
    await expect.poll(() => client.ws.ping, { timeout: 2000 }).toBeGreaterThanOrEqual(0);
  });

  it('tells the bot when it is removed from a guild, and then denies access', async () => {
    const { fake, client } = await connect();
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    const removed = once(client, Events.GuildDelete);
    fake.guildDelete(fake.defaultGuildId);
    await removed;
    expect(client.guilds.cache.has(fake.defaultGuildId)).toBe(false);
    await expect(channel.send('still here?')).rejects.toMatchObject({ code: 50001, status: 403 });
  });

  it('delivers interactions dispatched while the socket was down after discord.js resumes', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) await i.reply('after resume');
    });
    fake.dropConnections(4000);
    const handle = fake.sendCommand({ name: 'ping' });
    const result = await handle.waitForResponse({ timeoutMs: 5000 });
    expect(result.message?.content).toBe('after resume');
    expect(fake.identifies).toHaveLength(1); // resumed, not re-identified
  });
});

describe('command registration', () => {
  it('round-trips a bulk overwrite and keeps ids for unchanged names', async () => {
    const { fake, rest } = await connect();
    const first = (await rest.put(Routes.applicationCommands(fake.applicationId), { body: [PING] })) as { id: string; name: string }[];
    const again = (await rest.put(Routes.applicationCommands(fake.applicationId), { body: [PING, SEARCH] })) as { id: string; name: string }[];
    expect(again.find((c) => c.name === 'ping')?.id).toBe(first[0]?.id);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(['ping', 'search']);
    expect(fake.registeredCommands(fake.defaultGuildId)).toHaveLength(2);
    const listed = (await rest.get(Routes.applicationCommands(fake.applicationId))) as unknown[];
    expect(listed).toEqual(fake.registeredCommands());
  });

  it('rejects an invalid command set with Invalid Form Body and keeps the old set', async () => {
    const { fake, rest } = await connect();
    const bad = [
      { name: 'Ping', description: 'x' },
      { name: 'ok', description: 'd'.repeat(101) },
      { name: 'order', description: 'x', options: [{ type: 3, name: 'a', description: 'x' }, { type: 3, name: 'b', description: 'x', required: true }] },
      { name: 'many', description: 'x', options: [{ type: 3, name: 'c', description: 'x', choices: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })) }] },
    ];
    const error = await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.defaultGuildId), { body: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    const message = (error as DiscordAPIError).message;
    expect(message).toContain('0.name[APPLICATION_COMMAND_INVALID_NAME]');
    expect(message).toContain('1.description[BASE_TYPE_BAD_LENGTH]');
    expect(message).toContain('2.options[APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID]');
    expect(message).toContain('3.options[0].choices[BASE_TYPE_MAX_LENGTH]');
    expect(fake.registeredCommands(fake.defaultGuildId).map((c) => c.name)).toEqual(['ping', 'search']);
    expect(fake.schemaViolations().map((v) => v.operation)).toEqual(['PUT /applications/{application_id}/guilds/{guild_id}/commands']);
    fake.clearSchemaViolations(); // refused on purpose
  });
});

describe('interactions', () => {
  it('sees a reply, with timing, flags and allowed mentions', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) {
        await i.reply({ content: `Pong ${i.options.getString('query') ?? ''}`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      }
    });
    const result = await fake.sendCommand({ name: 'search', options: { query: 'transformers', limit: 3 } }).waitForResponse();
    expect(result.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(result.message).toMatchObject({ content: 'Pong transformers', ephemeral: true, allowedMentions: { parse: [] } });
    expect(result.firstResponseMs).toBeGreaterThanOrEqual(0);
    expect(result.firstResponseMs).toBeLessThan(2000);
    expect(result.requests.map((r) => `${r.method} ${r.status} ${r.query.with_response}`)).toEqual(['POST 204 false']);
    expect(fake.channelMessages(fake.defaultChannelId)).toHaveLength(0); // ephemeral: only the user sees it
  });

  it('passes resolved channel options that discord.js turns into channels', async () => {
    let seen: string | undefined;
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) {
        seen = i.options.getChannel('channel')?.name ?? undefined;
        await i.reply('ok');
      }
    });
    await fake.sendCommand({ name: 'search', options: { query: 'x', channel: fake.defaultChannelId } }).waitForResponse();
    expect(seen).toBe('general');
  });

  it('treats deferReply + editReply as the final answer', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) {
        await i.deferReply();
        await new Promise((r) => setTimeout(r, 50));
        await i.editReply({ content: 'digest ready', embeds: [new EmbedBuilder().setTitle('Paper').setDescription('Abstract')] });
      }
    });
    const handle = fake.sendCommand({ name: 'ping' });
    const first = await handle.waitForCallback();
    expect(first.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const result = await handle.waitForResponse();
    expect(result.message?.content).toBe('digest ready');
    expect(result.message?.embeds[0]?.title).toBe('Paper');
    expect(result.finalResponseMs).toBeGreaterThanOrEqual(result.firstResponseMs + 40);
    expect(fake.channelMessages(fake.defaultChannelId).map((m) => m.content)).toEqual(['digest ready']);
  });

  it('answers with_response=true with the callback resource, as Discord does', async () => {
    const seen: (string | null | undefined)[] = [];
    const { fake } = await connect({}, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'hello', withResponse: true });
      seen.push(response.resource?.message?.content, response.interaction.responseMessageId);
    });
    const result = await fake.sendCommand({ name: 'ping' }).waitForResponse();
    expect(result.requests[0]?.query.with_response).toBe('true');
    await expect.poll(() => seen).toEqual(['hello', result.message?.id]);
  });

  it('counts a follow-up after a deferral as the answer and keeps every follow-up', async () => {
    const { fake } = await connect({}, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp({ content: 'part 1', flags: MessageFlags.Ephemeral });
      await i.followUp({ content: 'part 2', flags: MessageFlags.Ephemeral });
    });
    const handle = fake.sendCommand({ name: 'ping' });
    const result = await handle.waitForResponse();
    expect(result.message).toMatchObject({ content: 'part 1', ephemeral: true });
    await expect.poll(() => handle.result()?.followUps.map((m) => m.content)).toEqual(['part 1', 'part 2']);
  });

  it('returns autocomplete choices', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isAutocomplete()) {
        const typed = i.options.getFocused();
        await i.respond([{ name: `${typed} models`, value: `${typed}-models` }]);
      }
    });
    const result = await fake.sendAutocomplete({ name: 'search', options: { query: 'diff' }, focused: 'query' }).waitForResponse();
    expect(result.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(result.choices).toEqual([{ name: 'diff models', value: 'diff-models' }]);
  });

  it('clicks a button, picks from a select menu and submits a modal', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) {
        const button = new ButtonBuilder().setCustomId('page:2').setLabel('Next').setStyle(ButtonStyle.Secondary);
        const select = new StringSelectMenuBuilder().setCustomId('topic').addOptions({ label: 'NLP', value: 'nlp' }, { label: 'Vision', value: 'cv' });
        await i.reply({
          content: 'page 1',
          components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button), new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)],
        });
      } else if (i.isButton()) {
        await i.update({ content: `page ${i.customId.split(':')[1] ?? '?'}` });
      } else if (i.isStringSelectMenu()) {
        const input = new TextInputBuilder().setCustomId('note').setLabel('Note').setStyle(TextInputStyle.Short);
        await i.showModal(new ModalBuilder().setCustomId(`note:${i.values[0] ?? ''}`).setTitle('Add a note').addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)));
      } else if (i.isModalSubmit()) {
        await i.reply(`${i.customId} = ${i.fields.getTextInputValue('note')}`);
      }
    });
    const reply = await fake.sendCommand({ name: 'ping' }).waitForResponse();
    const message = reply.message;
    if (!message) throw new Error('no reply');
    const clicked = await fake.clickButton({ customId: 'page:2', message }).waitForResponse();
    expect(clicked.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(clicked.message).toMatchObject({ id: message.id, content: 'page 2' });
    const picked = await fake.selectMenu({ customId: 'topic', values: ['cv'], message }).waitForResponse();
    expect(picked.modal?.custom_id).toBe('note:cv');
    const submitted = await fake.submitModal({ customId: 'note:cv', fields: { note: 'read later' } }).waitForResponse();
    expect(submitted.message?.content).toBe('note:cv = read later');
    expect(() => fake.clickButton({ customId: 'missing', message })).toThrow(/no button "missing"/);
  });

  it('refuses callbacks after the deadline and a second acknowledgement', async () => {
    const errors: unknown[] = [];
    const { fake, rest } = await connect({ interactionDeadlineMs: 400 }, async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'ping') {
        await new Promise((r) => setTimeout(r, 600));
        await i.reply('too late').catch((e: unknown) => errors.push(e));
      } else {
        await i.reply('in time');
      }
    });
    const late = fake.sendCommand({ name: 'ping' });
    await expect(late.waitForResponse({ timeoutMs: 800 })).rejects.toThrow(/no final response within 800 ms for \/ping/);
    expect(errors[0]).toMatchObject({ code: 10062 });

    const answered = fake.sendCommand({ name: 'search', options: { query: 'q' } });
    await answered.waitForResponse();
    const again = { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'twice' } };
    await expect(rest.post(Routes.interactionCallback(answered.id, answered.token), { body: again, auth: false })).rejects.toMatchObject({ code: 40060 });
  });
});

describe('faults and rate limits', () => {
  it('lets discord.js retry a 429 on the interaction callback and on a webhook edit', async () => {
    const { fake } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) {
        await i.deferReply();
        await i.editReply('made it');
      }
    });
    const callback429 = fake.failNext({ path: /\/interactions\/\d+\/[^/]+\/callback$/, ...globalRateLimitFault(0.1) });
    const edit429 = fake.failNext({ method: 'PATCH', path: /^\/webhooks\//, ...routeRateLimitFault(0.1) });
    const result = await fake.sendCommand({ name: 'ping' }).waitForResponse();
    expect(result.message?.content).toBe('made it');
    expect(callback429.hits).toBe(1);
    expect(edit429.hits).toBe(1);
    expect(result.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 429', 'POST 204', 'PATCH 429', 'PATCH 200']);
  });

  it('retries a 502 and surfaces a 403 as DiscordAPIError', async () => {
    const { fake, client } = await connect();
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    fake.failNext({ method: 'POST', path: /\/messages$/, status: 502, body: { message: 'Bad Gateway' } });
    await channel.send('after a 502');
    fake.failNext({ method: 'POST', path: /\/messages$/, status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    await expect(channel.send('denied')).rejects.toMatchObject({ code: 50013 });
    expect(fake.channelMessages(channel.id).map((m) => m.content)).toEqual(['after a 502']);
  });

  it('delays or hangs a response on request', async () => {
    fake = await startFakeDiscord();
    const rest = new REST({ api: fake.apiBaseUrl, timeout: 300, retries: 0 }).setToken(fake.token);
    fake.failNext({ path: /^\/users\/@me$/, delayMs: 150 });
    const started = Date.now();
    await expect(rest.get(Routes.user('@me'))).resolves.toMatchObject({ id: fake.botUser.id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    fake.failNext({ path: /^\/users\/@me$/, hang: true });
    await expect(rest.get(Routes.user('@me'))).rejects.toThrow(/abort/i);
  });

  it('enforces the global rate limit and discord.js still gets everything through', async () => {
    const { fake, client } = await connect({ globalRateLimit: 10 });
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    await Promise.all(Array.from({ length: 15 }, (_, n) => channel.send(`msg ${n}`)));
    expect(fake.channelMessages(channel.id)).toHaveLength(15);
    expect(fake.globalRateLimited).toBeGreaterThan(0);
    const limited = fake.requests.find((r) => r.status === 429);
    expect(limited?.responseBody).toMatchObject({ global: true });
  });

  it('dedupes a repeated nonce with enforce_nonce, as Discord does', async () => {
    const { fake, rest } = await connect();
    const body = { content: 'daily digest', nonce: 'digest-2024-06-01', enforce_nonce: true };
    const a = (await rest.post(Routes.channelMessages(fake.defaultChannelId), { body })) as { id: string };
    const b = (await rest.post(Routes.channelMessages(fake.defaultChannelId), { body })) as { id: string };
    expect(b.id).toBe(a.id);
    expect(fake.channelMessages(fake.defaultChannelId)).toHaveLength(1);
  });

  it('lets a nonce make a retried post idempotent when Discord lost the answer', async () => {
    const { fake, client } = await connect();
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    const lost = fake.failNext({ method: 'POST', path: /\/messages$/, status: 502, after: true });
    // @discordjs/rest retries the 502 with the same body, so the same nonce.
    await channel.send({ content: 'weekly digest', nonce: 'digest-2024-w23', enforceNonce: true });
    expect(lost.hits).toBe(1);
    expect(fake.channelMessages(channel.id)).toHaveLength(1);
    fake.failNext({ method: 'POST', path: /\/messages$/, status: 502, after: true });
    await channel.send({ content: 'no nonce' });
    expect(fake.channelMessages(channel.id).map((m) => m.content)).toEqual(['weekly digest', 'no nonce', 'no nonce']);
  });

  it('answers 10003 Unknown Channel for deleted channels, told or not', async () => {
    const { fake, client, rest } = await connect({ guilds: [{ channels: [{ name: 'general' }, { name: 'papers' }, { name: 'old' }] }] });
    const deleted = once(client, Events.ChannelDelete);
    fake.channelDelete(fake.channelId('papers'));
    await deleted;
    expect(client.channels.cache.find((c) => 'name' in c && c.name === 'papers')).toBeUndefined();
    const stale = client.channels.cache.find((c) => 'name' in c && c.name === 'old') as TextChannel;
    fake.deleteChannel(stale.id);
    await expect(stale.send('hello?')).rejects.toMatchObject({ code: 10003, status: 404 });
    await expect(rest.get(Routes.channel(stale.id))).rejects.toMatchObject({ code: 10003 });
  });

  it('rejects payloads over Discord limits with Invalid Form Body', async () => {
    const { fake, client } = await connect({}, async (i) => {
      if (i.isChatInputCommand()) await i.reply('x'.repeat(2001));
    });
    const channel = client.channels.cache.get(fake.defaultChannelId) as TextChannel;
    const embeds = Array.from({ length: 11 }, (_, n) => new EmbedBuilder().setTitle(`e${n}`));
    await expect(channel.send({ embeds })).rejects.toThrow(/embeds\[BASE_TYPE_MAX_LENGTH\]: Must be 10 or fewer/);
    // Raw objects: EmbedBuilder would already refuse this client-side.
    const bigField = { title: 't', fields: [{ name: 'n', value: 'v'.repeat(1025) }] };
    await expect(channel.send({ embeds: [bigField] })).rejects.toThrow(/embeds\[0\]\.fields\[0\]\.value/);
    const button = { type: 2, style: 1, label: 'l', custom_id: 'c'.repeat(101) };
    await expect(channel.send({ content: 'x', components: [{ type: 1, components: [button] }] })).rejects.toMatchObject({ code: 50035 });

    const handle = fake.sendCommand({ name: 'ping' });
    await expect(handle.waitForResponse({ timeoutMs: 300 })).rejects.toThrow(/POST .*callback → 400/);
    const callback = fake.requests.find((r) => r.path.endsWith('/callback'));
    expect(callback?.responseBody).toMatchObject({ code: 50035, errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
    fake.clearSchemaViolations(); // refused on purpose
  });

  it('401s without the bot token and records unknown routes', async () => {
    fake = await startFakeDiscord();
    const wrong = new REST({ api: fake.apiBaseUrl, retries: 0 }).setToken('not-the-token');
    await expect(wrong.get(Routes.user('@me'))).rejects.toMatchObject({ status: 401 });
    const rest = new REST({ api: fake.apiBaseUrl }).setToken(fake.token);
    await expect(rest.get('/no/such/route')).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.unknownRoutes).toEqual([{ method: 'GET', path: '/no/such/route' }]);
    fake.clearUnknownRoutes(); // expected here; the afterEach check is for accidental ones
  });
});

describe('spawnBot with a real child process', () => {
  it('runs a discord.js bot end to end and stops it cleanly', async () => {
    fake = await startFakeDiscord();
    const rest = new REST({ api: fake.apiBaseUrl }).setToken(fake.token);
    await rest.put(Routes.applicationCommands(fake.applicationId), { body: [PING, SEARCH, { name: 'slow', description: 'Takes a while' }] });
    const bot = await spawnBot({
      entry: 'test/helpers/fixtures/echoBot.ts',
      env: { DISCORD_API_BASE_URL: fake.apiBaseUrl, DISCORD_TOKEN: fake.token },
      readyPattern: 'ready',
    });
    const reply = await fake.sendCommand({ name: 'ping' }).waitForResponse();
    expect(reply.message?.content).toBe('Pong ping');
    const slow = await fake.sendCommand({ name: 'slow' }).waitForResponse();
    expect(slow.message?.content).toBe('done slowly');
    const choices = await fake.sendAutocomplete({ name: 'search', options: { query: 'gan' }, focused: 'query' }).waitForResponse();
    expect(choices.choices?.map((c) => c.name)).toEqual(['gan1', 'gan2', 'gan3']);
    if (!reply.message) throw new Error('no reply');
    const clicked = await fake.clickButton({ customId: 'echo:again', message: reply.message }).waitForResponse();
    expect(clicked.message?.content).toBe('Clicked echo:again');
    await bot.waitForLog((line) => line.json?.msg === 'handled', 2000);
    expect(await bot.stop()).toBe(0);
    expect(bot.logs.at(-1)).toMatchObject({ msg: 'stopped' });
    expect(bot.lines.filter((l) => l.stream === 'stderr')).toEqual([]);
  });

  it('reports a bot that dies before it is ready', async () => {
    await expect(spawnBot({ entry: 'test/helpers/fixtures/echoBot.ts', env: {}, readyPattern: 'ready' })).rejects.toThrow(/exited \(code 2/);
  });
});

describe('close()', () => {
  it('stops listening and fails pending waits', async () => {
    const started = await startFakeDiscord();
    const url = started.apiBaseUrl;
    await started.close();
    await expect(fetch(`${url}/v10/gateway`)).rejects.toThrow();
  });
});
