#!/usr/bin/env node
// A deterministic deck of N interview questions for benchmarks, in the deck format of README.
//
//   node bench/generate-deck.mjs 1000 > /tmp/deck-1000.md      (optional 2nd argument: seed)
//
// The same N and seed always give the same bytes. Answers are shaped like the bundled deck's:
// a one-to-three-line card answer, one to three paragraphs, often a list, sometimes a code block
// or a small table, so printing costs what a real deck of that size costs.

// The tool's own seeded PRNG (compiled by `npm install`/`npm run bench`), so the two never drift.
import { seededRandom } from '../dist/content/shuffle-deck.js';

/** Questions per `##` section (real decks have sections of a dozen or two). */
const SECTION_SIZE = 20;

const TOPICS = [
  'load balancers',
  'DNS caching',
  'TLS termination',
  'blue-green deploys',
  'Terraform state',
  'Kubernetes probes',
  'message queues',
  'read replicas',
  'rate limiting',
  'object storage',
  'service meshes',
  'log pipelines',
  'secrets rotation',
  'autoscaling',
  'CDN invalidation',
  'database failover',
  'container images',
  'network policies',
  'backup restores',
  'cost allocation',
];
const ASKS = [
  'What is the purpose of {t}?',
  'How would you debug a problem with {t}?',
  'What are the trade-offs of {t}?',
  'When would you avoid {t}?',
  'How do you monitor {t} in production?',
  'Explain {t} to a new team member.',
  'What breaks first with {t} under load?',
  'How would you design {t} for two regions?',
];
const LEVELS = ['easy', 'medium', 'hard'];
const TAGS = ['networking', 'iac', 'kubernetes', 'observability', 'security', 'storage', 'databases', 'ci-cd', 'cost', 'reliability'];
const WORDS =
  'the service request traffic replica region cluster node pod queue cache client server latency throughput budget alert metric log trace deploy rollback config secret policy volume snapshot backup restore shard index query lock lease timeout retry backoff quorum leader follower health probe route gateway proxy certificate token key rotation window'.split(
    ' ',
  );
const VERBS = 'keeps limits spreads checks retries drains promotes replays caches routes rejects signs rotates measures tags samples batches throttles'.split(
  ' ',
);
const CODE = [
  ['resource "aws_lb" "web" {', '  name               = "web-{n}"', '  load_balancer_type = "application"', '  subnets            = var.public_subnets', '}'],
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api-{n}',
    'spec:',
    '  replicas: 3',
    '  strategy:',
    '    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }',
  ],
  ['#!/usr/bin/env bash', 'set -euo pipefail', 'for host in $(cat hosts.txt); do', '  curl -fsS "https://$host/healthz" || echo "$host down {n}"', 'done'],
  [
    'SELECT region, count(*) AS requests, avg(latency_ms) AS p_avg',
    'FROM access_log',
    "WHERE ts > now() - interval '1 hour'",
    'GROUP BY region ORDER BY requests DESC LIMIT {n};',
  ],
];

/** The deck's markdown for `count` questions. */
export function generateDeck(count, seed = 1) {
  const rnd = seededRandom(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = () => {
    const words = Array.from({ length: between(7, 16) }, () => pick(WORDS));
    words.splice(between(1, 3), 0, pick(VERBS));
    if (rnd() < 0.2) words[between(0, words.length - 1)] = `\`${pick(WORDS)}-${between(1, 99)}\``;
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(2, 3) }, sentence).join(' ');

  const out = [
    '---',
    `title: Generated Deck — ${count} Questions`,
    'subtitle: Benchmark input (bench/generate-deck.mjs)',
    'author: studyguide bench',
    'tags: [benchmark, generated]',
    'date: 2026-01-01',
    '---',
    '',
    `# Generated Deck — ${count} Questions`,
    '',
    paragraph(),
    '',
  ];
  for (let n = 1; n <= count; n++) {
    if ((n - 1) % SECTION_SIZE === 0) {
      const section = Math.floor((n - 1) / SECTION_SIZE) + 1;
      out.push(`## Part ${section}: ${pick(TOPICS).replace(/^./, (c) => c.toUpperCase())}`, '', `Level: ${pick(LEVELS)}`, '');
    }
    out.push(`### Q${n}. ${pick(ASKS).replace('{t}', pick(TOPICS))}`, '');
    const tags = [...new Set([pick(TAGS), pick(TAGS)])].join(', ');
    out.push(rnd() < 0.3 ? `Level: ${pick(LEVELS)} · Tags: ${tags}` : `Tags: ${tags}`, '');
    out.push(`> ${sentence()}${rnd() < 0.3 ? ` ${sentence()}` : ''}`, '');
    for (let p = between(1, 2); p > 0; p--) out.push(paragraph(), '');
    if (rnd() < 0.4) out.push(...Array.from({ length: between(3, 5) }, () => `- **${pick(WORDS)}**: ${sentence()}`), '');
    if (rnd() < 0.2) out.push('```' + ['hcl', 'yaml', 'bash', 'sql'][n % 4], ...CODE[n % 4].map((l) => l.replace('{n}', String(n))), '```', '');
    if (rnd() < 0.05)
      out.push(
        '| option | when | cost |',
        '| --- | --- | --- |',
        ...Array.from({ length: 3 }, () => `| ${pick(WORDS)} | ${pick(WORDS)} ${pick(WORDS)} | ${between(1, 9)} |`),
        '',
      );
  }
  out.push('## What interviewers look for', '', paragraph(), '');
  return out.join('\n');
}

// Run as a script: print the deck.
if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: node bench/generate-deck.mjs <questions> [seed]\n');
    process.exit(1);
  }
  process.stdout.write(generateDeck(count, Number(process.argv[3] ?? 1)));
}
