/** Head nouns of organisation and place names ('Foreign Ministry', 'Donetsk region'). */
import { LOCATION_HEADS, ORGANIZATION_HEADS } from './curated/heads.js';

function headKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** 'Ministry', 'Department', 'Party', 'Forces', 'Bank', 'University' … (any case; 'Air Force' as a phrase). */
export function isOrganizationHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(headKey(word));
}

/** 'region', 'province', 'peninsula', 'island', 'strait', 'sea', 'river', 'county', 'district' … (any case). */
export function isLocationHead(word: string): boolean {
  return LOCATION_HEADS.has(headKey(word));
}
