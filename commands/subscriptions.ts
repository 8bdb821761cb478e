import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { subscriptionsReply } from '../src/replies/subscriptionReplies.js';
import { send } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';
import { nextDelivery } from '../src/schedule/nextDelivery.js';

export default {
  data: new SlashCommandBuilder()
    .setName('subscriptions')
    .setDescription('This server’s daily digests: topics, schedule, next and last delivery')
    .setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    if (interaction.guildId === null) throw new UserError('Use this in a server.');
    const now = ctx.clock.now();
    const rows = await Promise.all((await ctx.store.listSubscriptions(interaction.guildId)).map(async (subscription) => {
      const last = await ctx.store.lastDelivery(subscription.channelId);
      return { subscription, last, next: nextDelivery(subscription, now, last?.localDate ?? null) };
    }));
    await send(interaction, subscriptionsReply(rows));
  },
} satisfies Command;
