/** Discord's epoch (2015-01-01), the zero point of every snowflake's timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * A fresh, strictly increasing snowflake. Real-looking ids matter: @discordjs/rest
 * only recognises 17–19 digit ids as major parameters when it buckets rate limits.
 */
export function nextSnowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
