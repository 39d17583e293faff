import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';
import { mainEvent, ploverMainEvent } from '../src/eval/events.js';

/** The type of a report's main event, as the CASE 2021 evaluation reads it. */
const mainType = (text: string) => mainEvent(analyze({ id: 't', date: '', text }))?.type ?? 'OTHER';
const types = (text: string) => analyze({ id: 't', date: '', text }).events.map((e) => e.type);

test('typing: a street address is no blocked street', () => {
  const text = 'Two propane tanks exploded in a garage in the 4500 block of Elm Street on Monday, firefighters said.';
  assert.ok(!types(text).includes('PEACE_PROTEST'), types(text).join());
  assert.equal(mainType(text), 'MAN_MADE_DISASTER');
});

test('typing: a post attacked is a clash, not a post set up', () => {
  assert.equal(mainType('Officials say insurgents have attacked a police checkpoint in the northern province, killing nine officers.'), 'ARMED_CLASH');
  assert.equal(mainType('The army has set up a new checkpoint on the road to the border crossing.'), 'HQ_ESTABLISHED');
});

test('typing: gunmen attacking unarmed people is an attack; attacking troops or their bases is a clash', () => {
  assert.equal(mainType('Local media said gunmen attacked a restaurant in the city centre and killed nine people.'), 'ATTACK');
  assert.equal(mainType('Suspected militants carried out a shooting attack on a passenger car near the village on Friday.'), 'ATTACK');
  assert.equal(mainType('Militants attacked an army base in the province overnight, the military said.'), 'ARMED_CLASH');
});

test('typing: soldiers missing after an ambush are casualties of the clash', () => {
  assert.equal(mainType('Four soldiers were killed and three are missing after rebels ambushed a patrol near the border, the army said.'), 'ARMED_CLASH');
  assert.equal(mainType('Gunmen attacked the village and two girls are still missing, residents said.'), 'ABDUCT_DISSAP');
});

test('typing: driving fighters out of an area and recovering a region are territory regained', () => {
  assert.equal(mainType('Government troops drove the militants out of several villages in the province on Friday.'), 'GOV_REGAINS_TERIT');
  assert.equal(mainType('The national army recovered the territory near the border that armed groups had held since March.'), 'GOV_REGAINS_TERIT');
});

test('typing: riot-control means make a protest with intervention, and firing them is no blaze', () => {
  const text = 'Security forces fired water cannon and tear gas to disperse crowds in the city centre on Saturday.';
  assert.ok(!types(text).includes('MAN_MADE_DISASTER'), types(text).join());
  assert.equal(mainType(text), 'PROTEST_WITH_INTER');
  assert.equal(mainType('A fire broke out in a textile factory on the outskirts of the city overnight.'), 'MAN_MADE_DISASTER');
});

test('typing: weapons seized are disrupted weapons use even when a crime is named beside them', () => {
  assert.equal(mainType('A handgun believed to have been used in a murder last month and 40 rounds of ammunition were seized by detectives on Sunday.'), 'DISR_WEAP');
});

test('typing: counterfeiting, theft and hacking are organised crime; a claim of responsibility stays an attribution', () => {
  assert.equal(mainType('Police arrested six men and recovered counterfeit banknotes worth $40,000 in the port area.'), 'ORG_CRIME');
  assert.equal(mainType('Investigators said a hacker had attacked the ministry\'s website for months.'), 'ORG_CRIME');
  assert.equal(mainType('A drug cartel claimed responsibility for the bombing of the police station.'), 'ATTRIB');
});

test('typing: a protest told on in the next sentence is one protest, as far as it went', () => {
  const doc = analyze({ id: 't', date: '', text: 'Hundreds of demonstrators gathered outside parliament on Monday to demand the minister\'s resignation. Some of the protesters later threw stones at the police.' });
  assert.deepEqual(doc.events.map((e) => e.type), ['VIOL_DEMONSTR']);
  assert.equal(doc.events[0].evidence.length, 2);
});

test('typing: arresting the organisers of protests is an arrest, not an intervention in one', () => {
  assert.equal(mainType('Police detained the activists who organised the protests in the capital last week.'), 'ARREST');
  assert.equal(mainType('Police detained dozens of protesters at a rally in the capital on Saturday.'), 'PROTEST_WITH_INTER');
});

test('typing: protesters shutting roads riot; a protest against violence does not; rival crowds fighting are mob violence', () => {
  assert.equal(mainType('Anti-government protesters shut down roads across the capital on Sunday, demanding new elections.'), 'VIOL_DEMONSTR');
  assert.equal(mainType('Students staged demonstrations against gun violence in several cities.'), 'PEACE_PROTEST');
  assert.equal(mainType('Counter-protesters clashed with rival demonstrators near the courthouse, throwing rocks and bottles.'), 'MOB_VIOL');
});

test('typing: people fleeing are displacement, unless an attack forced them to flee', () => {
  assert.equal(mainType('Thousands of families have fled their villages because of attacks by armed groups, the UN said.'), 'OTHER');
  assert.equal(mainType('Gunmen attacked the village, forcing hundreds of residents to flee.'), 'ATTACK');
});

test('typing: fortifying positions is a change to group activity; a deal framing another act is no agreement', () => {
  assert.equal(mainType('Rebels continue to fortify their positions along the front line.'), 'CHANGE_TO_GROUP_ACT');
  assert.equal(mainType('Turkish troops set up a new observation post in the province as part of a de-escalation agreement with Russia.'), 'HQ_ESTABLISHED');
});

test('typing: peace talks and prisoners freed in exchange are agreements', () => {
  assert.equal(mainType('The guerrillas began peace talks with the government on Monday.'), 'AGREEMENT');
  assert.equal(mainType('The government released 20 rebel fighters in exchange for the release of 12 soldiers.'), 'AGREEMENT');
});

test('typing: security forces killing rebels is a clash; people captured are no territory taken', () => {
  assert.equal(mainType('Security forces killed 14 suspected rebels in the northern region, an official said on Wednesday.'), 'ARMED_CLASH');
  const captured = types('Two militants were captured alive when they attacked the army base, the military said.');
  assert.deepEqual(captured, ['ARMED_CLASH']);
});

test('typing: accidents and poisonings are man-made disasters, and so are evacuations from them', () => {
  assert.equal(mainType('At least ten people died and dozens were hospitalised after consuming bootleg liquor containing methanol, health officials said.'), 'MAN_MADE_DISASTER');
  assert.equal(mainType('A cargo ship was struck by a container vessel off the coast on Monday, the coast guard said.'), 'MAN_MADE_DISASTER');
  assert.equal(mainType('Hundreds of residents were evacuated after a chemical leak at a fertiliser plant, officials said.'), 'MAN_MADE_DISASTER');
  assert.equal(mainType('Residents were evacuated as floods swept through the low-lying districts.'), 'NATURAL_DISASTER');
});

test('typing: a mass grave found is the news, not the massacre that filled it', () => {
  assert.equal(mainType('Investigators said villagers massacred by militants in 2015 were buried in the mass grave found on Monday.'), 'OTHER');
});

test('typing: attacks on property destroy property; vigilantism is mob violence', () => {
  assert.equal(mainType('The association said that attacks on properties of its members had cost traders millions.'), 'PROPERTY_DISTRUCT');
  assert.equal(mainType('Cow vigilantism has claimed another life in the district, activists said.'), 'MOB_VIOL');
});

test('typing: a police officer hitting a protester is force against the protest; control of a whole area is territory', () => {
  assert.equal(mainType('A police officer hit a protester with his baton during the march in the capital.'), 'FORCE_AGAINST_PROTEST');
  assert.equal(mainType('Government forces took full control of the town on Tuesday after the militants withdrew.'), 'GOV_REGAINS_TERIT');
});

test('typing: a controlled explosion by a bomb squad disrupts weapons use', () => {
  assert.equal(mainType('A bomb squad carried out a controlled explosion of a suspicious device found near the station.'), 'DISR_WEAP');
});

const confidenceOf = (text: string, type: string) => analyze({ id: 't', date: '', text }).events.find((e) => e.type === type)?.confidence ?? 0;

test('confidence: a speaker\'s own quoted words are less sure than a report of the same', () => {
  const quoted = confidenceOf('"Government troops shelled the village all night," the commander said on Monday.', 'ART_MISS_ATTACK');
  const reported = confidenceOf('Government troops shelled the village all night, the commander said on Monday.', 'ART_MISS_ATTACK');
  assert.ok(quoted > 0 && quoted < reported, `${quoted} vs ${reported}`);
});

test('confidence: the lead sentence tells the news; a close rival elsewhere in the report makes either less sure', () => {
  const report = 'Police arrested 20 people in the capital on Sunday. Government troops shelled the village all night.';
  assert.equal(mainType(report), 'ARREST');
  const alone = (text: string, type: string) => confidenceOf(text, type);
  assert.ok(confidenceOf(report, 'ART_MISS_ATTACK') < alone('Government troops shelled the village all night.', 'ART_MISS_ATTACK'));
  assert.ok(confidenceOf(report, 'ARREST') < alone('Police arrested 20 people in the capital on Sunday.', 'ARREST'));
});

test('typing: territory taken by an actor known only by its noun ("Kavala\'s army", "militants") goes by that noun', () => {
  assert.equal(mainType('Kavala\'s army captured the village of Orlova on Tuesday.'), 'GOV_REGAINS_TERIT');
  assert.equal(mainType('The insurgents regained control of the district after the army withdrew.'), 'NON_STATE_ACTOR_OVERTAKES_TER');
});

test('typing: a checkpoint where militants are shot is the scene, not a post set up; the terms of a deal frame a withdrawal', () => {
  assert.deepEqual(types('Soldiers shot dead three suspected militants at a checkpoint.'), ['ARMED_CLASH']);
  assert.equal(mainType('Rebels withdrew from the town under the terms of the agreement, allowing government troops to enter.'), 'NON_VIOL_TERRIT_TRANSFER');
});

test('typing: a protest noun opening a sentence is no name, even when the quotes stage took it for a speaker', () => {
  assert.equal(mainType('Demonstrations demanding higher wages were held in several cities on Saturday.'), 'PEACE_PROTEST');
  assert.equal(mainType('Protesters shut down roads across the capital on Sunday, demanding new elections.'), 'VIOL_DEMONSTR');
});

test('typing: fighters fleeing are no displacement; "made it clear that the use of" takes no territory; a post someone holds is not set up', () => {
  assert.deepEqual(types('Troops pursued the insurgents who fled the town on Monday.'), []);
  assert.ok(!types('The council made it clear that the use of starvation as a weapon of war is unacceptable.').includes('GOV_REGAINS_TERIT'));
  assert.deepEqual(types('The group used its headquarters in the old town as a gathering place.'), []);
  assert.equal(mainType('Coalition forces began to attack the city and pursue any insurgents hiding there.'), 'ARMED_CLASH');
});

test('events: a battle told on over three sentences is one event, and takes its parties from the sentence that names them', () => {
  const doc = analyze({ id: 't', date: '', text: 'Heavy fighting broke out in the city of Husaybah on Monday. Coalition forces attacked insurgents in the city of Husaybah. Fighting continued in the city of Husaybah on Tuesday.' });
  assert.equal(doc.events.length, 1, doc.events.map((e) => e.type).join());
  assert.equal(doc.events[0].evidence.length, 3);
  assert.ok(doc.events[0].actors.length > 0 && doc.events[0].targets.length > 0);
});

test('a past participle describing the noun after it tells of no event; one before its object does (PLOVER GSR REJECT-0030, REJECT-0005)', () => {
  const doc = analyze({ id: 'a', date: '', text: 'Newly appointed Palestinian Prime Minister Ismail Haniyeh has refused to respond to a demand from the US President to adhere to interim peace deals reached with Israel.' });
  assert.ok(!doc.events.some((e) => e.plover === 'MOBILIZE'), JSON.stringify(doc.events.map((e) => e.plover)));
  assert.equal(ploverMainEvent(doc)?.plover, 'REJECT');
  const flatly = analyze({ id: 'b', date: '', text: 'Serbia on Thursday flatly rejected an Australian ultimatum to handover a guard involved in a shooting in front of the Yugoslav consulate in Sydney.' });
  assert.equal(ploverMainEvent(flatly)?.plover, 'REJECT');
});

test('an offer of something to someone is AGREE; a reported obligation and pressuring are REQUEST (PLOVER GSR AGREE-0014, DEMAND-0004, DEMAND-0027)', () => {
  const offer = analyze({ id: 'a', date: '', text: 'Syria has again offered its troops to Lebanon\'s new President Elias Hrawi to help him oust General Michel Aoun from the Christian enclave Aoun controls.' });
  assert.equal(ploverMainEvent(offer)?.plover, 'AGREE');
  const must = analyze({ id: 'b', date: '', text: 'The Bush administration declared Tuesday that China must drop barriers to U.S. exports or face tariff penalties for maintaining unfair trade practices.' });
  const demand = ploverMainEvent(must);
  assert.equal(demand?.plover, 'REQUEST');
  assert.deepEqual(demand?.targets.map((id) => demand.actorText?.[id]), ['China']);
  const pressure = analyze({ id: 'c', date: '', text: 'Iranian authorities have been pressuring workers of the United Bus Company of Tehran (Sharekat-e Vahed) to cancel the strike they have been planning for better pay and working conditions.' });
  assert.equal(ploverMainEvent(pressure)?.plover, 'REQUEST');
});

test('"suing" meets the trigger "sue": a lawsuit is an accusation (PLOVER GSR DISAPPROVE-0015)', () => {
  const doc = analyze({ id: 'a', date: '', text: 'A Saudi businessman is suing the United States for damages to his pharmaceutical plant which were caused by a missile attack in August, his American lawyer said.' });
  assert.equal(ploverMainEvent(doc)?.plover, 'ACCUSE');
});

test('a political act a crime word drew into the crime keeps its PLOVER category, as one a protest drew in does (PLOVER GSR DISAPPROVE-0001)', () => {
  const doc = analyze({ id: 'a', date: '', text: "On Tuesday, Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador Brah Mohamane to complain of inaction over the gangs." });
  const main = ploverMainEvent(doc);
  assert.equal(main?.type, 'ORG_CRIME', 'the CASE type stays the crime');
  assert.equal(main?.plover, 'ACCUSE');
});

test('hacking into computers is a cyber attack, COERCE, not a killing (PLOVER GSR COERCE-0014)', () => {
  const doc = analyze({ id: 'a', date: '', text: 'North Korea has tried to hack into the computers of South Korean army officers, officials said Tuesday.' });
  assert.equal(ploverMainEvent(doc)?.plover, 'COERCE');
});

test('typing: annexing a region is a transfer of territory, dated by its own time; an annex building is none', () => {
  const doc = analyze({ id: 't', date: '2023-03-01', text: 'The railway was extended in 2019, five years after Moscow annexed the region.' });
  const annexation = doc.events.find((e) => e.type === 'NON_VIOL_TERRIT_TRANSFER');
  assert.equal(annexation?.plover, 'COERCE');
  assert.equal(annexation?.time?.start, '2014-01-01');
  assert.equal(mainType('The Kremlin announced the annexation of four occupied regions on Friday.'), 'NON_VIOL_TERRIT_TRANSFER');
  assert.ok(!types('Patients were moved to the hospital annex on Tuesday.').includes('NON_VIOL_TERRIT_TRANSFER'));
});

test('actor text: a country word and one lower-case word before a bare name describe the person (PLOVER GSR DISAPPROVE-0011)', () => {
  const targetText = (text: string) => {
    const event = ploverMainEvent(analyze({ id: 'a', date: '', text }));
    return event?.targets.map((id) => event.actorText?.[id]);
  };
  assert.deepEqual(targetText("An official Syrian newspaper called Thursday on Arabs to unite and ``mobilize'' against Israeli right-winger Ariel Sharon, who has vowed not to return the Golan Heights to Syria."), ['Israeli right-winger Ariel Sharon']);
  assert.deepEqual(targetText('Protesters in Belgrade denounced Serbian strongman Slobodan Milosevic on Sunday.'), ['Serbian strongman Slobodan Milosevic']);
  // A lower-case word after a name that is no country's is no description of the person.
  assert.deepEqual(targetText('Protesters in Belgrade denounced Slobodan Milosevic on Sunday.'), ['Slobodan Milosevic']);
});

test('typing: "a severe setback" is no severing of ties; severing an alliance or ties is a sanction', () => {
  const plovers = (text: string) => analyze({ id: 's', date: '2022-11-11', text }).events.map((e) => e.plover);
  assert.ok(!plovers('This withdrawal is seen as a severe setback for the Russian president, Vladimir Putin.').includes('SANCTION'));
  assert.ok(!plovers('The storm caused severe damage to the port of Odesa.').includes('SANCTION'));
  assert.ok(plovers('Russia severed diplomatic ties with Georgia.').includes('SANCTION'));
});

test('typing: words the stemmer leaves whole trigger nothing ("aide" is no aid, "grade" no Grad rocket, "vigilant" no vigilante)', () => {
  const types = (text: string) => analyze({ id: 's', date: '2022-11-11', text }).events.map((e) => `${e.type}/${e.plover}`);
  assert.deepEqual(types('A Trump aide said the president would not attend the dinner.'), []);
  assert.deepEqual(types('Most of the students in Kharkiv received a passing grade this year.'), []);
  assert.ok(!types('Officials urged residents to remain vigilant.').some((t) => t.startsWith('MOB_VIOL')));
  assert.ok(types('Vigilantes lynched two men in the village.').some((t) => t.startsWith('MOB_VIOL')));
  assert.ok(types('The United States provided military aid to Ukraine.').includes('DIPLO/AID'));
  assert.ok(!types('The shah of Iran met the American envoy in Tehran.').some((t) => t.startsWith('AIR_STRIKE')));
  assert.ok(types('Russian forces launched 30 Shaheds at Kyiv overnight.').some((t) => t.startsWith('AIR_STRIKE')));
  assert.ok(!types('The film tells of a heroine of the resistance.').some((t) => t.startsWith('ORG_CRIME')));
});

test('typing: arms lacked or threatened are no weapons seized ("running out of ammunition", "resort to nuclear weapons")', () => {
  const types = (text: string) => analyze({ id: 's', date: '2024-02-16', text }).events.map((e) => e.type);
  assert.ok(!types('President Joe Biden said on Friday that Avdiivka was at risk of falling because Ukrainian troops were running out of ammunition.').includes('DISR_WEAP'));
  assert.ok(!types('Putin had promised to defend the annexed regions by all means, threatening between the lines to resort to nuclear weapons.').includes('DISR_WEAP'));
  assert.ok(types('Police seized weapons and ammunition from a hideout in Kharkiv.').includes('DISR_WEAP'));
});

test('typing: "air and naval strikes" are air strikes; Typhoon jets are aircraft, not a storm', () => {
  const types = (text: string) => analyze({ id: 's', date: '2024-01-12', text }).events.map((e) => e.type);
  assert.deepEqual(types('The United States and Britain carried out air and naval strikes against Houthi targets in Yemen early on Friday.'), ['AIR_STRIKE']);
  assert.ok(!types('Four Royal Air Force Typhoon jets took part, the Ministry of Defence in London said.').includes('NATURAL_DISASTER'));
  assert.ok(types('Typhoon Haiyan killed thousands of people in the Philippines.').includes('NATURAL_DISASTER'));
});

test('typing: a bare "strikes" takes up the air strikes the report told of before (Reuters)', () => {
  const doc = analyze({ id: 't', date: '2024-01-12', text: 'The United States and Britain carried out air and naval strikes against Houthi targets in Yemen. Five fighters had been killed and six wounded in 73 strikes on the capital Sanaa.' });
  const toll = doc.events.find((e) => e.fatalities === 5);
  assert.equal(toll?.type, 'AIR_STRIKE');
  const alone = analyze({ id: 't', date: '2024-01-12', text: 'Five fighters had been killed and six wounded in 73 strikes on the capital Sanaa.' }).events.find((e) => e.fatalities === 5);
  assert.equal(alone?.type, 'ART_MISS_ATTACK');
});
