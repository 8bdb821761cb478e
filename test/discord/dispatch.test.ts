import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Command } from '../../src/discord/command.js';
import { createDispatcher, SHUTDOWN_APOLOGY } from '../../src/discord/dispatch.js';
import { silentLogger } from '../../src/logger.js';
import { UserError } from '../../src/errors.js';
import { createMetrics } from '../../src/ops/metrics.js';

/** A deferred slash command; `reply`/`editReply` record what the user would see. */
function fakeInteraction() {
  const interaction = {
    id: '1',
    commandName: 'slow',
    deferred: false,
    replied: false,
    isAutocomplete: () => false,
    isChatInputCommand: () => true,
    isMessageComponent: () => false,
    isModalSubmit: () => false,
    isRepliable: () => true,
    deferReply: vi.fn(() => {
      interaction.deferred = true;
      return Promise.resolve();
    }),
    editReply: vi.fn(() => {
      interaction.replied = true;
      return Promise.resolve();
    }),
    reply: vi.fn(() => {
      interaction.replied = true;
      return Promise.resolve();
    }),
    followUp: vi.fn(),
  };
  return interaction;
}

const ctx = { logger: silentLogger, metrics: createMetrics() } as unknown as AppContext;

describe('dispatcher drain (shutdown)', () => {
  it('apologises, by editing the deferred reply, to an interaction still running at the deadline', async () => {
    const hung: Command = {
      data: { name: 'slow' },
      async execute(interaction: ChatInputCommandInteraction) {
        await interaction.deferReply();
        await new Promise(() => undefined); // a wait that never ends
      },
    } as unknown as Command;
    const dispatcher = createDispatcher([hung], ctx);
    const interaction = fakeInteraction();
    void dispatcher.handle(interaction as unknown as Interaction);
    await vi.waitFor(() => expect(interaction.deferred).toBe(true));
    expect(await dispatcher.drain(50)).toBe(1);
    expect(interaction.editReply).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(interaction.editReply.mock.calls[0])).toContain(SHUTDOWN_APOLOGY.slice(0, 30));
  });

  it('waits for interactions that finish before the deadline, and apologises to none', async () => {
    const quick: Command = {
      data: { name: 'slow' },
      async execute(interaction: ChatInputCommandInteraction) {
        await new Promise((r) => setTimeout(r, 30));
        await interaction.reply({ content: 'done' });
      },
    } as unknown as Command;
    const dispatcher = createDispatcher([quick], ctx);
    const interaction = fakeInteraction();
    void dispatcher.handle(interaction as unknown as Interaction);
    expect(await dispatcher.drain(2_000)).toBe(0);
    expect(interaction.reply).toHaveBeenCalledTimes(1);
    expect(interaction.editReply).not.toHaveBeenCalled();
  });
});

describe('dispatcher metrics', () => {
  it('counts each interaction once by command and outcome, and times it', async () => {
    const metrics = createMetrics();
    let fail: Error | null = null;
    const command: Command = {
      data: { name: 'slow' },
      async execute(interaction: ChatInputCommandInteraction) {
        if (fail !== null) throw fail;
        await interaction.reply({ content: 'done' });
      },
    } as unknown as Command;
    const dispatcher = createDispatcher([command], { logger: silentLogger, metrics } as unknown as AppContext);
    await dispatcher.handle(fakeInteraction() as unknown as Interaction);
    fail = new UserError('no such paper');
    await dispatcher.handle(fakeInteraction() as unknown as Interaction);
    fail = new Error('bug');
    await dispatcher.handle(fakeInteraction() as unknown as Interaction);
    const { text } = await metrics.render();
    for (const outcome of ['ok', 'user_error', 'error']) {
      expect(text).toContain(`paperboy_interactions_total{command="/slow",kind="command",outcome="${outcome}"} 1`);
    }
    expect(text).toContain('paperboy_interaction_duration_seconds_count{command="/slow",kind="command"} 3');
  });
});
