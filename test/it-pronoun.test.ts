import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';

/** The texts of the mentions of people, organizations and armed groups. */
function actorSpans(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.kind !== 'place')
    .flatMap((e) => e.mentions.map((m) => m.text));
}

test('"it" opening a clause is the named body its sentence or the one before opens with; an expletive "it" is no one (Wikipedia, BBC)', () => {
  const spans = actorSpans('The Syrian Computer Society is an organization in Syria. It was founded by Bassel al-Assad in 1989. It is important that the society remains open.');
  assert.equal(spans.filter((t) => t === 'It').length, 1, spans.join(' | '));
  const said = actorSpans('The Iraqi military has said it is looking into the incident.');
  assert.ok(said.includes('it'), said.join(' | '));
});

test('"it" after a sentence opened by "we" is no one: a plural voice is no "it" (CENTCOM)', () => {
  const spans = actorSpans(
    '“The nation’s business is why we are all here,” said Col. Travis Caughlin, 507th Maintenance Group Commander. “We’ve spent a long time training and preparing and it’s very worthwhile when you get to go execute what’s really going on. It doesn’t get any more real than this.”',
  );
  assert.ok(!spans.includes('It'), spans.join(' | '));
});
