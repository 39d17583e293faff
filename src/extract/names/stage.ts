import type { Stage } from '../document.js';
import { ActorTable } from './actors.js';
import { findAliases } from './alias-pass.js';
import { extendOverArticleModifiers } from './article-modifier-pass.js';
import { findCapitalisedNames } from './capitalised-pass.js';
import { resolveAliases, resolveOrganizationAnaphors, resolvePronouns, resolveSingles, resolveTitleAnaphors } from './coreference.js';
import { findCountryActors } from './country-actor-pass.js';
import { findDescribedNames } from './descriptor-pass.js';
import { findGivenNamesOnly } from './given-name-pass.js';
import { findLexiconNames } from './lexicon-pass.js';
import { dropArticleBeforeQualifiedNoun } from './qualified-noun-pass.js';
import { extendOverMembers } from './members-pass.js';
import { extendOverMembersOf } from './members-of-pass.js';
import { extendOverOwners } from './owner-possessive-pass.js';
import { findRoles } from './roles.js';
import { findSides } from './side-pass.js';
import { tokenFacts } from './text.js';

/** Runs the names passes over a Doc and returns its actors, not yet added to it. */
export function findActors(doc: Parameters<Stage['run']>[0]): ActorTable {
  const table = new ActorTable(tokenFacts(doc));
  findLexiconNames(table);
  findSides(table);
  findCountryActors(table);
  findDescribedNames(table);
  const singles = findCapitalisedNames(table);
  findAliases(table);
  resolveSingles(table, singles);
  resolveAliases(table);
  findGivenNamesOnly(table);
  extendOverMembers(table);
  extendOverOwners(table);
  findRoles(table);
  resolveTitleAnaphors(table);
  resolvePronouns(table);
  resolveOrganizationAnaphors(table);
  extendOverMembersOf(table);
  extendOverArticleModifiers(table);
  dropArticleBeforeQualifiedNoun(table);
  return table;
}

/** People, organizations and armed groups: one entity per actor, with every mention, role, country and sector. */
export const namesStage: Stage = {
  name: 'names',
  run(doc) {
    for (const entity of findActors(doc).toEntities()) doc.addEntity(entity);
  },
};
