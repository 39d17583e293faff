import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../src/extract/contract.js';
import { Doc } from '../src/extract/document.js';
import { extract } from '../src/extract/index.js';
import { namesStage } from '../src/extract/names/index.js';
import { sentenceStage } from '../src/extract/sentences.js';
import { tokenStage } from '../src/extract/tokens.js';
import { readKherson } from './kherson-article.js';

/** The names stage alone, over tokens and sentences: what it finds, not what later stages add. */
function actors(text: string): Entity[] {
  const doc = new Doc({ id: 't', date: '2022-11-11', text });
  for (const stage of [tokenStage, sentenceStage, namesStage]) stage.run(doc);
  for (const e of doc.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return doc.entities;
}

const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const mentioning = (entities: Entity[], text: string) => entities.find((e) => e.mentions.some((m) => m.text.includes(text)));

describe('names stage on the Kherson report', async () => {
  const entities = actors((await readKherson()).text);

  it('gives Zaluzhnyi his role from the apposition and the lexicon spelling', () => {
    const z = mentioning(entities, 'Valeri Zaluzhni')!;
    assert.equal(z.name, 'Valerii Zaluzhnyi');
    assert.equal(z.kind, 'person');
    assert.equal(z.role, 'Commander-in-Chief of the Armed Forces of Ukraine');
    assert.equal(z.country, 'UKR');
  });

  it('reads the title before a name: Foreign Minister Kuleba, spokesman Peskov', () => {
    const kuleba = mentioning(entities, 'Dmytro Kuleba')!;
    assert.deepEqual([kuleba.role, kuleba.country, kuleba.sector], ['Foreign Minister', 'UKR', 'GOV']);
    assert.ok(kuleba.mentions.some((m) => m.text === 'Ukrainian Foreign Minister Dmytro Kuleba'));
    const peskov = mentioning(entities, 'Dmitri Peskov')!;
    assert.deepEqual([peskov.name, peskov.role, peskov.country], ['Dmitry Peskov', 'spokesman', 'RUS']);
    assert.ok(peskov.mentions.some((m) => m.text === 'he'), '“There can be no change,” he added');
  });

  it('merges "the Russian president", "Vladimir Putin", "Putin" and "he"', () => {
    const putin = named(entities, 'Vladimir Putin')!;
    assert.deepEqual(
      putin.mentions.map((m) => m.text),
      ['the Russian president', 'Vladimir Putin', 'Putin', 'he'],
    );
    assert.deepEqual([putin.role, putin.country], ['President', 'RUS']);
  });

  it('finds the forces and the ministry with their countries', () => {
    const ua = mentioning(entities, 'Ukrainian Armed Forces')!;
    assert.deepEqual([ua.name, ua.country, ua.sector], ['Armed Forces of Ukraine', 'UKR', 'MIL']);
    assert.ok(ua.mentions.some((m) => m.text === 'Ukrainian troops'));
    const ru = mentioning(entities, 'Russian forces')!;
    assert.deepEqual([ru.country, ru.sector], ['RUS', 'MIL']);
    assert.ok(ru.mentions.some((m) => m.text === 'the Russian army'));
    const mod = mentioning(entities, 'Russian Defense Ministry')!;
    assert.deepEqual([mod.country, mod.sector, mod.kind], ['RUS', 'GOV', 'organization']);
    assert.equal(mentioning(entities, 'Kremlin')?.country, 'RUS');
  });

  it('takes no place as an actor', () => {
    for (const place of ['Kherson', 'Moscow', 'Dnieper River', 'Freedom Square', 'Novoraisk', 'Russian Federation']) {
      assert.equal(mentioning(entities, place), undefined, place);
    }
  });
});

describe('names beyond the lexicon', () => {
  it('reads a person from a given name, and a newspaper from its head word (PolNeAR)', () => {
    const e = actors(
      'The New York Post reports that Hillary Clinton’s team avoided taking her to the emergency room. Ahmed Shawqi told reporters the team had left.',
    );
    assert.equal(mentioning(e, 'New York Post')?.sector, 'MED');
    assert.equal(mentioning(e, 'Hillary Clinton')?.kind, 'person');
    assert.equal(mentioning(e, 'Hillary Clinton')?.mentions[0].text, 'Hillary Clinton');
    assert.equal(mentioning(e, 'Ahmed Shawqi')?.kind, 'person');
  });

  it('keeps the title in the mention and reads role and country from it (re3d)', () => {
    const e = actors('Iraqi Prime Minister Tobias Ellwood met the delegation. Mr Ellwood said the talks went well.');
    const p = mentioning(e, 'Tobias Ellwood')!;
    assert.equal(p.mentions[0].text, 'Iraqi Prime Minister Tobias Ellwood');
    assert.deepEqual([p.role, p.country, p.sector], ['Prime Minister', 'IRQ', 'GOV']);
    assert.ok(p.mentions.some((m) => m.text === 'Mr Ellwood'), 'a surname after an honorific joins the full name');
  });

  it('reads organizations and armed groups from head words and acronyms defined in the text', () => {
    const e = actors('The Syrian Democratic Forces (SDF) advanced. Fighters of the Mujahideen Shura Council withdrew. Later the SDF said it held the town.');
    const sdf = mentioning(e, 'Syrian Democratic Forces')!;
    assert.equal(sdf.mentions.filter((m) => m.text.includes('SDF')).length, 2);
    const shura = mentioning(e, 'Mujahideen Shura Council')!;
    assert.equal(shura.kind, 'armed_group');
  });

  it('gives demonym phrases their country', () => {
    const e = actors('Russian troops shelled the town. The Syrian government denied it. Iraqi Security Forces entered Mosul.');
    assert.deepEqual([mentioning(e, 'Russian troops')?.country, mentioning(e, 'Russian troops')?.sector], ['RUS', 'MIL']);
    const syria = mentioning(e, 'Syrian government')!;
    assert.deepEqual([syria.name, syria.country, syria.sector], ['Government of Syria', 'SYR', 'GOV']);
    assert.equal(mentioning(e, 'Iraqi Security Forces')?.country, 'IRQ');
  });

  it('takes no sentence openers, months or places for people', () => {
    const e = actors('However, In March Kherson was quiet. The Mosul offensive began in October. Paris Hilton Street is closed. Washington said nothing.');
    assert.deepEqual(e.map((x) => x.name), []);
  });

  it('leaves a pronoun alone when two people could be meant', () => {
    const e = actors('Sergei Lavrov met Antony Blinken. He said the talks failed.');
    assert.ok(!e.some((x) => x.mentions.some((m) => m.text === 'He')));
  });
});

const mentionTexts = (entity: Entity | undefined) => entity?.mentions.map((m) => m.text) ?? [];

describe('names stage: groups, governments and pronouns', () => {
  it('takes a member noun after a group into its mention', () => {
    const entities = actors('Coalition military forces conducted 34 strikes against ISIL tactical units, while SDF forces advanced.');
    assert.ok(mentionTexts(named(entities, 'Islamic State')).includes('ISIL tactical units'));
    assert.ok(mentionTexts(named(entities, 'Global Coalition against Daesh')).includes('Coalition military forces'));
  });

  it('reads a country that acts as its government, and leaves a country after a place preposition alone', () => {
    const entities = actors('The United States strongly condemns the attack. Russia has a special responsibility. Civilians fled from Iraq. The truce announced by Iran held.');
    assert.deepEqual(mentionTexts(named(entities, 'Government of the United States')), ['The United States']);
    assert.deepEqual(mentionTexts(named(entities, 'Government of Russia')), ['Russia']);
    assert.equal(mentioning(entities, 'Iraq'), undefined);
    const iran = mentioning(entities, 'Iran');
    assert.equal(iran?.kind, 'organization');
    assert.equal(iran?.country, 'IRN');
  });

  it('makes "the Assad regime" the government of Syria, not the man', () => {
    const entities = actors('Aid convoys were blocked by the Asad regime for months.');
    const government = named(entities, 'Government of Syria');
    assert.deepEqual(mentionTexts(government), ['the Asad regime']);
    assert.equal(named(entities, 'Bashar al-Assad'), undefined);
  });

  it('joins a given name alone to the one person of that name, and resolves "he" and "his" with their gender', () => {
    const entities = actors('Karim Wasfi played his cello in Karrada. Karim said he would stay. A girl came too; she listened.');
    const karim = named(entities, 'Karim Wasfi');
    assert.deepEqual(mentionTexts(karim), ['Karim Wasfi', 'his', 'Karim', 'he']);
  });
});

describe('speaker pronouns after the quotes stage', () => {
  it('makes "I" and "my" in a statement after "X said:" mentions of X', () => {
    const text = 'Foreign Secretary Philip Hammond said:\n\nI am appalled by this attack. My thoughts are with the families.';
    const entities = extract({ id: 't', date: '2016-01-01', text }).entities;
    assert.deepEqual(mentionTexts(named(entities, 'Philip Hammond')).slice(-2), ['I', 'My']);
  });
});
