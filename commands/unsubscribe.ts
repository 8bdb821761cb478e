import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { requireManageChannels } from '../src/discord/permissions.js';
import { topicList } from '../src/replies/subscriptionReplies.js';
import { safeClip } from '../src/replies/safeText.js';
import { send } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';

export default {
  data: new SlashCommandBuilder()
    .setName('unsubscribe')
    .setDescription('Stop a channel’s daily digest, or drop one of its topics (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild)
    .addChannelOption((o) => o.setName('channel').setDescription('Which channel (default: this one)').addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
    .addStringOption((o) => o.setName('topic').setDescription('Drop only this topic').setAutocomplete(true).setMaxLength(100)),
  async execute(interaction, ctx) {
    requireManageChannels(interaction);
    const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
    const topic = interaction.options.getString('topic')?.trim() ?? '';
    const at = ctx.clock.now().toISOString();
    if (topic.length === 0) {
      if (!(await ctx.store.removeSubscription(channelId, at))) throw new UserError(`<#${channelId}> has no digest to stop.`);
      await send(interaction, { content: `Stopped the daily digest in <#${channelId}>. Papers already posted there won’t be repeated if you subscribe again.`, ephemeral: true });
      return;
    }
    const result = await ctx.store.removeTopic(channelId, topic, at);
    switch (result.status) {
      case 'no_subscription':
        throw new UserError(`<#${channelId}> has no digest.`);
      case 'no_such_topic':
        throw new UserError(`<#${channelId}> doesn’t follow “${safeClip(topic, 60)}”. It follows ${topicList(result.subscription)}.`);
      case 'last_topic':
        throw new UserError(`“${safeClip(topic, 60)}” is the only topic of <#${channelId}>. Use \`/unsubscribe\` without a topic to stop the digest, or \`/subscribe\` to change topics.`);
      case 'removed':
        await send(interaction, { content: `Dropped “${safeClip(topic, 60)}” from <#${channelId}>. It now follows ${topicList(result.subscription)}.`, ephemeral: true });
    }
  },
  async autocomplete(interaction, ctx) {
    const channelId = (interaction.options.get('channel')?.value as string | undefined) ?? interaction.channelId;
    const typed = interaction.options.getFocused().toLowerCase();
    const topics = (await ctx.store.getSubscription(channelId ?? ''))?.topics ?? [];
    await interaction.respond(topics.filter((t) => t.text.toLowerCase().includes(typed)).slice(0, 25).map((t) => ({ name: t.text.slice(0, 100), value: t.text.slice(0, 100) })));
  },
} satisfies Command;
