import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Military channels are mil-mil-communication only: the general channel must not fire on them too (round 8: to
 * the end of the clause, talks between the militaries). A list naming a civilian channel with the military one
 * (外交、两军等领域沟通渠道) is both.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('military channels: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    [
      "The Secretary spoke with China's Minister of National Defense by phone.",
      'en',
      'mil-mil-communication',
    ],
    // round 4
    [
      "Secretary Hegseth held a video call with Admiral Dong Jun, Minister of National Defense of the People's Republic of China.",
      'en',
      'mil-mil-communication',
    ],
    // round 5
    [
      'The delegations prepared the next round of Defense Policy Coordination Talks.',
      'en',
      'mil-mil-communication',
    ],
    ['The two militaries agreed to resume contacts at the working level.', 'en', 'mil-mil-communication'],
    [
      "Secretary Hegseth welcomed the Chinese military's communication with INDOPACOM.",
      'en',
      'mil-mil-communication',
    ],
    // round 6
    ['两国防长有望于下月举行会见。', 'zh', 'mil-mil-communication'],
    // round 7
    ['据报道，两国防长有望在下月的多边会议期间会面。', 'zh', 'mil-mil-communication'],
    ['The ministry said it valued defense contacts with Washington.', 'en', 'mil-mil-communication'],
    ['Channels must stay open, including on the military level.', 'en', 'mil-mil-communication'],
    ['Secretary of War Hegseth spoke by video with his Chinese counterpart.', 'en', 'mil-mil-communication'],
    // round 8 (real wording)
    [
      'The two sides hope to resume talks between their armed forces this spring.',
      'en',
      'mil-mil-communication',
    ],
    ['The command plans further talks with the PLA Navy on safety at sea.', 'en', 'mil-mil-communication'],
    [
      'The generals said the two militaries must keep talking at the command and working levels.',
      'en',
      'mil-mil-communication',
    ],
    ['两国防务部门要加强政策沟通。', 'zh', 'mil-mil-communication'],
    ['双方表示要用好外交、两军等各领域沟通渠道。', 'zh', 'mil-mil-communication'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('military channels: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['两军应当相互尊重、和平共处、保持经常性沟通。', 'zh', 'communication-channels'],
    ['美方愿同中方保持防务领域的对话。', 'zh', 'communication-channels'],
    ['The two militaries agreed to keep talking.', 'en', 'communication-channels'],
    // round 5
    [
      'Officials will hold the next round of Military Maritime Consultative Agreement talks.',
      'en',
      'communication-channels',
    ],
    ['The two militaries should avoid accidents at sea.', 'en', 'mil-mil-communication'],
    // round 8 (real wording)
    [
      'The generals said the two militaries must keep talking at the command and working levels.',
      'en',
      'communication-channels',
    ],
    [
      'The two sides hope to resume talks between their armed forces this spring.',
      'en',
      'communication-channels',
    ],
    [
      'The admiral stressed keeping open lines of military-to-military communication at every level.',
      'en',
      'communication-channels',
    ],
    ['双方都希望两军沟通渠道保持畅通。', 'zh', 'communication-channels'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('a general or an admiral as the counterpart: a military channel, round 9 (real readouts)', () => {
  it.each<Case>([
    [
      'The ministers agreed on the need for continued dialogue with their counterparts.',
      'en',
      'communication-channels',
    ],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    [
      'The admiral stressed the value of regular conversations with Gen. Liu on operational matters.',
      'en',
      'communication-channels',
    ],
    [
      'She noted the need for sustained lines of communication between the U.S. military and the PLA.',
      'en',
      'communication-channels',
    ],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});
