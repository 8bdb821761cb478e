import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { cannotPostReason, requireManageChannels } from '../src/discord/permissions.js';
import { subscribeReply } from '../src/replies/subscriptionReplies.js';
import { send } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';
import { nextDelivery } from '../src/schedule/nextDelivery.js';
import { countDigestCandidates } from '../src/schedule/selectDigestPapers.js';
import { parseSubscribeInput } from '../src/subscriptions/parseSubscribeInput.js';
import { matchTimeZones } from '../src/text/timeZones.js';

export default {
  data: new SlashCommandBuilder()
    .setName('subscribe')
    .setDescription('Post a daily digest of trending papers in a channel (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) => o.setName('topics').setDescription('Comma-separated topics, -word excludes (e.g. "kv cache, diffusion -survey"); empty = all').setMaxLength(300))
    .addStringOption((o) => o.setName('time').setDescription('Delivery time, HH:MM 24-hour (default 09:00)').setMaxLength(10))
    .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Berlin (default: the bot’s)').setAutocomplete(true).setMaxLength(64))
    .addIntegerOption((o) => o.setName('count').setDescription('Papers per digest, 1–10 (default 5)').setMinValue(1).setMaxValue(10))
    .addChannelOption((o) => o.setName('channel').setDescription('Where to post (default: this channel)').addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)),
  async execute(interaction, ctx) {
    requireManageChannels(interaction);
    const settings = parseSubscribeInput(
      {
        topics: interaction.options.getString('topics'),
        time: interaction.options.getString('time'),
        timezone: interaction.options.getString('timezone'),
        count: interaction.options.getInteger('count'),
      },
      ctx.config.digestTimezone,
    );
    const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
    const problem = cannotPostReason(interaction, channelId);
    if (problem !== null) throw new UserError(`${problem} Give me access there (or pick another channel) and try again — nothing was saved.`);
    const now = ctx.clock.now();
    const existing = await ctx.store.getSubscription(channelId);
    // Committed before we say "saved".
    const subscription = await ctx.store.upsertSubscription({ channelId, guildId: interaction.guildId ?? '', createdBy: interaction.user.id, at: now.toISOString(), ...settings });
    const matching = countDigestCandidates(ctx.library.current(), subscription.topics, await ctx.store.deliveredPaperIds(channelId));
    const last = await ctx.store.lastDelivery(channelId);
    await send(interaction, subscribeReply({ subscription, updated: existing !== null, firstDelivery: nextDelivery(subscription, now, last?.localDate ?? null), matching }));
  },
  async autocomplete(interaction) {
    const typed = interaction.options.getFocused();
    await interaction.respond(matchTimeZones(typed).map((zone) => ({ name: zone, value: zone })));
  },
} satisfies Command;
