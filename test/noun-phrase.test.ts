import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';

/** The texts of the mentions of people, organizations and armed groups. */
function actorSpans(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.kind !== 'place')
    .flatMap((e) => e.mentions.map((m) => m.text));
}

test('a group named by a common noun spans its noun phrase: "the army", "the two leaders"', () => {
  const spans = actorSpans('State television quoted the army as saying several rockets landed in the airport compound.');
  assert.ok(spans.includes('the army'), spans.join(' | '));
  const leaders = actorSpans('Carter met Abadi in Baghdad, where the two leaders discussed the campaign to liberate Mosul.');
  assert.ok(leaders.includes('the two leaders'), leaders.join(' | '));
});

test('a group noun qualifying another noun is left as it is: "a military airport"', () => {
  const spans = actorSpans('Syria has accused Israel of bombarding an area west of Damascus, with reports of a military airport being hit.');
  assert.ok(!spans.includes('a military'), spans.join(' | '));
});

test('a proper name keeps the span the name passes gave it: "Peshmerga forces"', () => {
  const spans = actorSpans('Peshmerga forces and Iraqi troops retook the town.');
  assert.ok(spans.includes('Peshmerga forces'), spans.join(' | '));
});

test('people, residents, families take in whose they are after "of": "the families of the victims", "the people of Iraq"', () => {
  const spans = actorSpans('Our condolences go out to the families of the victims, and we hope for the swift recovery of those injured.');
  assert.ok(spans.includes('the families of the victims'), spans.join(' | '));
  const iraq = actorSpans('Our thoughts are with the victims and the people of Iraq.');
  assert.ok(iraq.includes('the people of Iraq'), iraq.join(' | '));
});

test('the people of a town no earlier stage found are a group of their own: "the horrendous treatment of the people of Mosul"', () => {
  const spans = actorSpans('I have spoken once again about the horrendous treatment of the people of Mosul.');
  assert.ok(spans.includes('the people of Mosul'), spans.join(' | '));
  const darayya = actorSpans('Unfortunately for Omar, his fellow fighters and the people of Darayya, they may soon have little time for reading.');
  assert.ok(darayya.includes('the people of Darayya'), darayya.join(' | '));
});

test('"the people" an earlier stage found whole still takes in whose they are: "the people of Mosul can start to have hope" (UK Government)', () => {
  const spans = actorSpans('After 2 years of brutal rule, the people of Mosul can start to have hope for a better future.');
  assert.ok(spans.includes('the people of Mosul'), spans.join(' | '));
  assert.ok(!spans.includes('the people'), spans.join(' | '));
});

test('"friends", "artists" name a group joined to a group noun, not alone: "our allies and friends", "musicians and other artists" (US State Department, BBC Online)', () => {
  const spans = actorSpans('We defend our allies and friends. He slipped into Baghdad to help musicians and other artists. She reads books given by friends.');
  for (const t of ['our allies and friends', 'musicians and other artists']) assert.ok(spans.includes(t), `${t} in ${spans.join(' | ')}`);
  assert.ok(!spans.includes('friends'), spans.join(' | '));
});

test('an adjective joined by "and" to the modifier of a group noun opens its phrase: "foreign and defense ministers", "national and provincial Iraqi officials" (US State Department)', () => {
  const spans = actorSpans('Kerry will host foreign and defense ministers of the Coalition. Blinken will meet with national and provincial Iraqi officials.');
  for (const t of ['foreign and defense ministers', 'national and provincial Iraqi officials']) assert.ok(spans.includes(t), `${t} in ${spans.join(' | ')}`);
});

test('"councils", "organisations" are group nouns: "local and provincial councils", "a range of organisations" (US State Department, UK Government)', () => {
  const spans = actorSpans('This assistance will support local and provincial councils. I was pleased to meet a range of organisations.');
  for (const t of ['local and provincial councils', 'organisations']) assert.ok(spans.includes(t), `${t} in ${spans.join(' | ')}`);
});

test('group nouns listed by commas before "and" are one group mention: "aspiring teachers, doctors and dentists", "their wives and children" (BBC Online)', () => {
  const spans = actorSpans('As well as aspiring teachers, doctors and dentists looking for books, the men came with their wives and children.');
  for (const t of ['aspiring teachers, doctors and dentists', 'their wives and children']) assert.ok(spans.includes(t), `${t} in ${spans.join(' | ')}`);
});

test('two group nouns joined by "and" are one group mention: "our allies and partners" (US State Department)', () => {
  const spans = actorSpans('We thank our allies and partners for their support.');
  assert.ok(spans.includes('our allies and partners'), spans.join(' | '));
  assert.ok(!spans.includes('partners'), spans.join(' | '));
});

test('a name opening with an Arabic article in lower case is found: "al-Ghuraba Brigades" (Wikipedia)', () => {
  const spans = actorSpans('The group joined the Mujahideen Army, Saray al-Jihad Group, al-Ghuraba Brigades, and al-Ahwal Brigades.');
  assert.ok(spans.includes('al-Ghuraba Brigades'), spans.join(' | '));
  assert.ok(spans.includes('al-Ahwal Brigades'), spans.join(' | '));
});

test('"Board" heads an organization: "the Board of Inquiry" (UK Government on the Aleppo aid convoy)', () => {
  const spans = actorSpans("I welcome the Board of Inquiry's report, which found that the aid convoy was attacked from the air.");
  assert.ok(spans.includes('the Board of Inquiry'), spans.join(' | '));
  assert.ok(!spans.includes('Inquiry'), spans.join(' | '));
});

test('a noun of an institution or side after a determiner is an unnamed body: "the police", "the enemy", "The squadron" (BBC, CENTCOM, Wikipedia)', () => {
  const police = actorSpans('""Before we couldn\'t work outside easily. We hid from the police. With the permits, it\'s excellent.""');
  assert.ok(police.includes('the police'), police.join(' | '));
  const enemy = actorSpans('"The enemy has used chemical weapons in the past, and we\'re going to make sure we are taking every measure to mitigate the risk to our forces," said Maj. Gen. Gary J. Volesky.');
  assert.ok(enemy.includes('The enemy'), enemy.join(' | '));
  const squadron = actorSpans('The squadron will accompany Coalition partners flying in support of OIR at the deployed location.');
  assert.ok(squadron.includes('The squadron'), squadron.join(' | '));
  const navy = actorSpans('He was a brigadier general in the navy during the 1991 Gulf War.');
  assert.ok(navy.includes('the navy'), navy.join(' | '));
  const tribunal = actorSpans('He told the tribunal that he was kidnapped. Battle positions prevented the insurgency from regaining control of the city.');
  assert.ok(tribunal.includes('the tribunal') && tribunal.includes('the insurgency'), tribunal.join(' | '));
  const website = actorSpans('The statement was posted on the coalition website on Tuesday.');
  assert.ok(!website.some((span) => span.includes('coalition')), `a body noun before another noun qualifies it: ${website.join(' | ')}`);
});

test('a possessive another mention holds still opens a body noun\'s mention: "Prime Minister Abadi and his government" (UK Government)', () => {
  const spans = actorSpans('I welcome the steps that have been taken by Prime Minister Abadi and his government in recent weeks.');
  assert.ok(spans.includes('his government'), spans.join(' | '));
});

test('a body noun before an action it takes names the body, with its determiner but not the action\'s "a": "coalition air strikes", "the coalition campaign", "a coalition airstrike"; "military operations" no body (BBC, UK Government, State Department)', () => {
  const strikes = actorSpans('The bridges were targeted by coalition air strikes in October. Aleppo has been reduced to rubble by regime bombardment.');
  assert.ok(strikes.includes('coalition') && strikes.includes('regime'), strikes.join(' | '));
  const campaign = actorSpans('The forces include Iraqi Security Forces, Kurdish Peshmerga, and others in support of the coalition campaign against Daesh.');
  assert.ok(campaign.includes('the coalition'), campaign.join(' | '));
  const airstrike = actorSpans('He was struck and killed by a coalition airstrike near Tabqa Dam, Syria.');
  assert.ok(airstrike.includes('coalition') && !airstrike.includes('a coalition'), airstrike.join(' | '));
  const military = actorSpans('The army will continue military operations against Daesh.');
  assert.ok(!military.includes('military'), military.join(' | '));
});

test('a body noun takes "a" and the words describing it after its determiner, "group" too unless it counts what follows: "the global coalition", "a group caused" (BBC, CENTCOM, Wikipedia)', () => {
  const coalition = actorSpans('We will continue to lead the global coalition to degrade and defeat Daesh.');
  assert.ok(coalition.includes('the global coalition'), coalition.join(' | '));
  const group = actorSpans('A man whose sister was killed told the campaign group that he had heard a plane. This is the very site where a group caused terror and death.');
  assert.ok(group.includes('the campaign group') && group.includes('a group'), group.join(' | '));
  const counting = actorSpans('The aircraft delivered dozens of weapons against a group of buildings, on the orders of the terrorist group ISIL.');
  assert.ok(!counting.includes('a group') && !counting.includes('the terrorist group'), counting.join(' | '));
});

test('a singular body noun before a present-tense verb ends its phrase, a plural of people or members after it is its head: "the global coalition continues", "the army officers" (CENTCOM, State Department)', () => {
  const verbs = actorSpans('“Of course, the global coalition continues to support Iraqi forces with air strikes,” Cook said. We must eliminate the threat this terrorist group poses.');
  assert.ok(verbs.includes('the global coalition') && verbs.includes('this terrorist group'), verbs.join(' | '));
  const heads = actorSpans('The army officers left the city before dawn.');
  assert.ok(!heads.includes('The army'), heads.join(' | '));
});

test('a count is no part of a named group’s mention, an article is: "three ISIL tactical units", "an ISIL tactical unit" (CENTCOM)', () => {
  const spans = actorSpans('Near Mosul, three strikes engaged three ISIL tactical units and destroyed a vehicle. Near Rawah, one strike engaged an ISIL tactical unit.');
  assert.ok(spans.includes('ISIL tactical units'), spans.join(' | '));
  assert.ok(!spans.includes('three ISIL tactical units'), spans.join(' | '));
  assert.ok(spans.includes('an ISIL tactical unit'), spans.join(' | '));
});

test('a plural noun of people qualifies no noun after it: the word after is its verb, "The victims included", "The two men first met" (BBC)', () => {
  const spans = actorSpans('The victims included his nephews working in the family shop. The two men first met in 2001.');
  assert.ok(spans.includes('The victims'), spans.join(' | '));
  assert.ok(spans.includes('The two men'), spans.join(' | '));
});

test('a comparative opens no group\'s mention: "more refugees" is "refugees" (BBC)', () => {
  const spans = actorSpans('The EU, in particular, wants more refugees to work; it hopes that by improving their living standards, fewer will leave.');
  assert.ok(spans.includes('refugees'), spans.join(' | '));
  assert.ok(!spans.includes('more refugees'), spans.join(' | '));
});

test('plural nouns of people such as "reporters", "all parties", "mourners" name unnamed groups (CENTCOM, FCO)', () => {
  const told = actorSpans('Pentagon Press Secretary Peter Cook told reporters today.');
  assert.ok(told.includes('reporters'), told.join(' | '));
  const parties = actorSpans('It is imperative for all parties to coordinate closely over the coming days and weeks.');
  assert.ok(parties.includes('all parties'), parties.join(' | '));
  const mourners = actorSpans('The attack specifically targeted mourners inside a funeral tent.');
  assert.ok(mourners.includes('mourners'), mourners.join(' | '));
});

test('a group named by a demonym or a name takes in its modifiers and quantifier: "senior Iraqi officials", "Some Iraqis" (FCO, BBC)', () => {
  const officials = actorSpans('We have been in touch with senior Iraqi officials to ensure that the Government of Iraq renders all possible assistance.');
  assert.ok(officials.includes('senior Iraqi officials'), officials.join(' | '));
  const some = actorSpans('Some Iraqis still insist their life is here and only here.');
  assert.ok(some.includes('Some Iraqis'), some.join(' | '));
  const killed = actorSpans('Hundreds of thousands of Syrians have been killed at the hands of Assad and ISIL.');
  assert.ok(killed.includes('Syrians'), killed.join(' | '));
});

test('a participle after another mention is its verb, no modifier of the group: "guerrillas wounded two British soldiers" (PLOVER GSR)', () => {
  const spans = actorSpans('Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.');
  assert.ok(!spans.some((t) => t.startsWith('wounded')), spans.join(' | '));
});

test('"fighters" and "leaders" name groups, with modifiers such as "aid", "graduate", "political": "aid workers", "all political parties" (FCO, Wikipedia)', () => {
  const aid = actorSpans('A year ago, the UK’s brave Armed Forces and aid workers played a crucial role in getting vital supplies to innocent civilians.');
  assert.ok(aid.includes('aid workers'), aid.join(' | '));
  const parties = actorSpans('The members of the Security Council urge all political parties and their supporters to remain calm.');
  assert.ok(parties.includes('all political parties'), parties.join(' | '));
  const fighters = actorSpans('He assisted in smuggling weapons, money and fighters across the Syria-Iraq border.');
  assert.ok(fighters.includes('fighters'), fighters.join(' | '));
});

test('"countries" and "troops" name groups: "both countries", "Elite troops" (FCO, BBC)', () => {
  const both = actorSpans('Given our close diplomatic relations, it is right that both countries continue to discuss important global issues.');
  assert.ok(both.includes('both countries'), both.join(' | '));
  const elite = actorSpans('Elite troops had entered the compound on Friday as part of a major push.');
  assert.ok(elite.includes('Elite troops'), elite.join(' | '));
});

test('a body named before a piece of equipment or a numbered resolution qualifies the thing: "Coalition aircraft", "UN Security Council Resolution 2254" (CENTCOM, FCO)', () => {
  const doc = analyze('Coalition aircraft destroyed an ISIL tactical vehicle near Raqqah. The UK welcomed UN Security Council Resolution 2254. ISIL fighters fled, and the UN Security Council met.');
  const senses = doc.entities
    .filter((e) => e.kind !== 'place')
    .flatMap((e) => e.mentions.map((m) => `${m.text}${m.sense ? '/' + m.sense : ''}`));
  for (const qualifier of ['Coalition/modifier', 'ISIL/modifier', 'UN Security Council/modifier']) assert.ok(senses.includes(qualifier), senses.join(' | '));
  assert.ok(senses.includes('ISIL fighters') && senses.includes('the UN Security Council'), senses.join(' | '));
});

test('"forces", "units", "teams", "groups" name a group when described or owned: "government forces", "tactical units", "our forces", not "structures or forces" (BBC, CENTCOM)', () => {
  const spans = actorSpans('We repeat our call on government forces to protect civilians. The strikes engaged tactical units and a mortar team. We mitigate the risk to our forces.');
  for (const group of ['government forces', 'tactical units', 'a mortar team', 'our forces']) assert.ok(spans.includes(group), spans.join(' | '));
  const bare = actorSpans('The images did not show any military structures or forces in the vicinity.');
  assert.ok(!bare.includes('forces'), bare.join(' | '));
});

test('describing words joined by "and" open the group\'s mention together: "Kurdish and Yezidi fighters", "religious and civic leaders" (FCO, US State Department)', () => {
  const spans = actorSpans('I commend Kurdish and Yezidi fighters for their efforts. He will meet with religious and civic leaders in Beirut.');
  assert.ok(spans.includes('Kurdish and Yezidi fighters') && spans.includes('religious and civic leaders'), spans.join(' | '));
  const named = actorSpans('Russia and Ukrainian forces fought near the border.');
  assert.ok(!named.some((s) => s.startsWith('Russia and')), named.join(' | '));
});

test('a figure opens the mention of counted civilians, as re3d marks them, not of other people: "15 civilians", "40,000 civilians", "43 people" (BBC, UK Government)', () => {
  const spans = actorSpans('UN human rights staff were informed that IS fighters had killed 15 civilians in the village of Safina.');
  assert.ok(spans.includes('15 civilians'), spans.join(' | '));
  const relief = actorSpans('These supplies will help relieve the suffering of 40,000 civilians besieged within the city.');
  assert.ok(relief.includes('40,000 civilians'), relief.join(' | '));
  const people = actorSpans('At least 43 people have been killed in a car bomb blast in the rebel-held Syrian town.');
  assert.ok(people.includes('people') && !people.includes('43 people'), people.join(' | '));
});

test('a collective noun before "of" takes in the group, one a demonym names too: "group of Syrians", "group of 116 participants" (US State Department)', () => {
  const spans = actorSpans('We appreciate that this extremely diverse group of Syrians put aside differences in the interest of building a new Syria.');
  assert.ok(spans.includes('group of Syrians'), spans.join(' | '));
  const participants = actorSpans('We commend its leadership in convening this broad and representative group of 116 participants, who agreed today on the structure of their negotiating body.');
  assert.ok(participants.includes('group of 116 participants'), participants.join(' | '));
});
