import type { Random } from './random.js';
import type { FeedAuthor, FeedOrganization, FeedSubmitter, FeedUser } from './types.js';

const GIVEN = ['Wei', 'Jane', 'Arjun', 'Sofia', 'Kenji', 'Amara', 'Lukas', 'Mei', 'Omar', 'Elena', 'Yuki', 'Diego', 'Priya', 'Hannah', 'Jun', 'Fatima', 'Mateo', 'Zoe', 'Ivan', 'Chloé', 'Hyun-woo', 'Nikolai', 'Aisha', 'Tomás'];
const FAMILY = ['Zhang', 'Doe', 'Patel', 'Rossi', 'Tanaka', 'Okafor', 'Müller', 'Li', 'Haddad', 'Petrova', 'Sato', 'García', 'Iyer', 'Schmidt', 'Chen', 'Rahman', 'Silva', 'Dubois', 'Kowalski', 'Kim', 'Nguyen', "O'Brien", 'Wang', 'Larsen'];
const ORGS: readonly [name: string, fullname: string][] = [
  ['google', 'Google'],
  ['meta-llama', 'Meta Llama'],
  ['nvidia', 'NVIDIA'],
  ['allenai', 'Ai2'],
  ['Qwen', 'Qwen'],
  ['microsoft', 'Microsoft'],
  ['ByteDance-Seed', 'ByteDance Seed'],
];

const AVATAR = 'https://cdn-avatars.huggingface.co/v1/production/uploads';

function handle(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** `count` authors with plausible names; about one in ten is hidden, about a third are linked to a Hub user. */
export function makeAuthors(rng: Random, count: number): FeedAuthor[] {
  return Array.from({ length: count }, () => {
    const name = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
    const author: FeedAuthor = { _id: rng.hexId(), name, hidden: rng.chance(0.1) };
    if (!author.hidden && rng.chance(0.35)) author.user = makeUser(rng, name);
    return author;
  });
}

/** The Hub account an author is linked to. */
export function makeUser(rng: Random, name: string): FeedUser {
  return { _id: rng.hexId(), avatarUrl: `${AVATAR}/${rng.hexId()}.png`, fullname: name, user: handle(name), type: 'user' };
}

/** How many authors a paper gets: mostly 2–9, one in six 12–30. */
export function authorCount(rng: Random): number {
  return rng.chance(1 / 6) ? rng.int(12, 30) : rng.int(2, 9);
}

/** Who put the paper on the daily list (usually one of a few curators). */
export function makeSubmitter(rng: Random): FeedSubmitter {
  const [name, fullname] = rng.pick([['akhaliq', 'AK'], ['taesiri', 'taesiri'], ['nielsr', 'Niels Rogge'], ['iamjane', 'Jane Doe']] as const);
  return { _id: rng.hexId(), avatarUrl: `${AVATAR}/${name}.jpeg`, fullname, name, type: 'user', isPro: rng.chance(0.3) };
}

export function makeOrganization(rng: Random): FeedOrganization {
  const [name, fullname] = rng.pick(ORGS);
  return { _id: rng.hexId(), name, fullname, avatar: `${AVATAR}/${name}.png` };
}
