// The stand-in Discord's sharding, checked with real discord.js clients in this process: the
// recommendation in GET /gateway/bot, IDENTIFY's `shard`, each guild's events and interactions
// only on its shard's session, and the close codes Discord uses for a bad shard.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, GatewayOpcodes, REST, Routes, type Interaction } from 'discord.js';
import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord/index.js';

const PING = { name: 'ping', description: 'Replies with pong' };

let fake: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  const problems = fake ? [...fake.problems, ...fake.schemaViolations().map((v) => v.errors.join('; '))] : [];
  await fake?.close();
  fake = undefined;
  expect(problems).toEqual([]);
});

/** Real-looking snowflakes (19 digits) whose creation-time bits are consecutive: shard n % count. */
function guildIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String((360_000_000_000n + BigInt(i)) << 22n));
}

async function login(f: FakeDiscord, shards: number[] | 'auto', shardCount?: number): Promise<{ client: Client; seen: Interaction[] }> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.apiBaseUrl }, shards, ...(shardCount === undefined ? {} : { shardCount }) });
  clients.push(client);
  const seen: Interaction[] = [];
  client.on(Events.InteractionCreate, (i) => {
    seen.push(i);
    if (i.isChatInputCommand()) void i.reply({ content: `pong from ${String(i.guild?.shardId)}` });
  });
  const ready = once(client, Events.ClientReady);
  await client.login(f.token);
  await ready;
  return { client, seen };
}

describe('fake Discord: shards', () => {
  it('recommends its configured shard count and max_concurrency in GET /gateway/bot', async () => {
    fake = await startFakeDiscord({ shards: 4, maxConcurrency: 16, guilds: [{}] });
    const rest = new REST({ api: fake.apiBaseUrl }).setToken(fake.token);
    expect(await rest.get(Routes.gatewayBot())).toMatchObject({ shards: 4, session_start_limit: { max_concurrency: 16 } });
  });

  it('two clients splitting 4 shards each get READY, guilds and interactions of their own shards only', async () => {
    const ids = guildIds(12);
    fake = await startFakeDiscord({ shards: 4, maxConcurrency: 16, guilds: ids.map((id) => ({ id })) });
    const a = await login(fake, [0, 1], 4);
    const b = await login(fake, [2, 3], 4);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 4], [1, 4], [2, 4], [3, 4]]);
    expect(fake.sessions.filter((s) => s.open).map((s) => s.shard).sort()).toEqual([[0, 4], [1, 4], [2, 4], [3, 4]]);
    const shardOf = (id: string): number => Number((BigInt(id) >> 22n) % 4n);
    expect([...a.client.guilds.cache.keys()].sort()).toEqual(ids.filter((id) => shardOf(id) < 2).sort());
    expect([...b.client.guilds.cache.keys()].sort()).toEqual(ids.filter((id) => shardOf(id) >= 2).sort());
    for (const g of a.client.guilds.cache.values()) expect(g.shardId).toBe(fake.shardOf(g.id, 4));

    const rest = new REST({ api: fake.apiBaseUrl }).setToken(fake.token);
    await rest.put(Routes.applicationCommands(fake.applicationId), { body: [PING] });
    for (const id of ids) {
      const result = await fake.sendCommand({ name: 'ping', guildId: id }).waitForResponse();
      expect(result.message?.content).toBe(`pong from ${shardOf(id)}`);
    }
    expect(a.seen.map((i) => i.guildId).sort()).toEqual(ids.filter((id) => shardOf(id) < 2).sort());
    expect(b.seen.map((i) => i.guildId).sort()).toEqual(ids.filter((id) => shardOf(id) >= 2).sort());

    // A guild joined later reaches only its shard's client.
    const joined = String(360_000_000_102n << 22n); // shard 102 % 4 = 2
    const created = once(b.client, Events.GuildCreate);
    fake.guildCreate({ id: joined });
    await created;
    expect(b.client.guilds.cache.has(joined)).toBe(true);
    expect(a.client.guilds.cache.has(joined)).toBe(false);
  });

  it("a client with shards 'auto' runs every recommended shard", async () => {
    fake = await startFakeDiscord({ shards: 3, maxConcurrency: 16, guilds: guildIds(6).map((id) => ({ id })) });
    const { client } = await login(fake, 'auto');
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 3], [1, 3], [2, 3]]);
    expect(client.guilds.cache.size).toBe(6);
  });

  it('closes 4010 on an invalid shard and 4011 when one shard would hold more than 2,500 guilds', async () => {
    fake = await startFakeDiscord({ guilds: Array.from({ length: 2501 }, () => ({ channels: [] })) });
    const identify = async (shard: unknown): Promise<number> => {
      const ws = new WebSocket(`${fake?.gatewayUrl ?? ''}?v=10&encoding=json`);
      await once(ws, 'open');
      ws.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: fake?.token, intents: 1, properties: {}, shard } }));
      const [code] = (await once(ws, 'close')) as [number];
      return code;
    };
    expect(await identify([2, 2])).toBe(4010);
    expect(await identify([0, 1])).toBe(4011);
    expect(fake.problems).toEqual([
      'gateway: IDENTIFY with invalid shard [2,2]',
      'gateway: shard 0/1 would hold 2501 guilds; sharding required',
    ]);
    // Both were deliberate: clear them so afterEach checks nothing else went wrong.
    fake.clearProtocolErrors();
  });
});
