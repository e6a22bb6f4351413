/**
 * Head nouns that make a capitalised phrase an organisation ('… Ministry', 'Ministry of …',
 * '… Party') or a place ('… Province', '… Strait'). Lower case, singular and plural where both occur.
 */

export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  // government
  'ministry', 'ministries', 'department', 'office', 'council', 'commission', 'agency', 'bureau', 'authority',
  'administration', 'directorate', 'secretariat', 'cabinet', 'government', 'presidency', 'chancellery',
  'inspectorate', 'service', 'services', 'board', 'committee', 'subcommittee', 'panel', 'taskforce',
  'task force', 'delegation', 'mission', 'embassy', 'consulate', 'regulator', 'commissioner',
  // legislatures and courts
  'parliament', 'assembly', 'congress', 'senate', 'house', 'chamber', 'duma', 'diet', 'legislature', 'majlis',
  'knesset', 'court', 'tribunal', 'judiciary',
  // armed forces, security
  'army', 'navy', 'air force', 'forces', 'force', 'military', 'police', 'guard', 'guards', 'militia',
  'brigade', 'brigades', 'battalion', 'regiment', 'division', 'corps', 'fleet', 'command', 'gendarmerie',
  'marines', 'coast guard',
  // politics and society
  'party', 'front', 'movement', 'alliance', 'coalition', 'union', 'unions', 'league', 'bloc', 'caucus',
  'federation', 'confederation', 'association', 'society', 'organisation', 'organization', 'foundation',
  'trust', 'fund', 'charity', 'network', 'initiative', 'institute', 'institution', 'centre', 'center',
  'university', 'college', 'academy', 'school', 'hospital', 'church', 'club', 'forum', 'group', 'consortium',
  'syndicate', 'brotherhood', 'tribe', 'tribes', 'circuit', 'archive', 'project', 'museum', 'gallery', 'tv', 'bulletin', 'inquirer', 'courier', 'standard', 'clinic', 'partnership', 'library', 'orchestra', 'choir', 'studios', 'records', 'institution', 'lab', 'laboratory', 'army', 'mujahideen', 'jihad', 'resistance', 'rebels', 'federal reserve',
  // business and media
  'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'holdings', 'industries',
  'enterprises', 'airlines', 'airways', 'motors', 'energy', 'petroleum', 'oil', 'gas', 'telecom',
  'communications', 'technologies', 'systems', 'exchange', 'partners', 'capital', 'securities',
  'insurance', 'pharmaceuticals', 'labs', 'laboratories', 'media', 'news', 'times', 'post', 'journal',
  'herald', 'tribune', 'gazette', 'agency', 'broadcasting', 'television', 'radio', 'press', 'review',
  'magazine', 'observer', 'daily', 'weekly', 'monitor', 'telegraph', 'chronicle', 'express', 'mail',
]);

export const LOCATION_HEADS: ReadonlySet<string> = new Set([
  'region', 'regions', 'province', 'provinces', 'state', 'oblast', 'krai', 'kray', 'okrug', 'governorate',
  'prefecture', 'county', 'counties', 'district', 'districts', 'municipality', 'canton', 'department',
  'territory', 'territories', 'republic', 'emirate', 'parish', 'borough', 'township', 'village', 'town',
  'city', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'quarter', 'settlement', 'camp', 'port',
  'harbour', 'harbor', 'airport', 'base', 'peninsula', 'island', 'islands', 'isle', 'isles', 'archipelago',
  'atoll', 'reef', 'cape', 'coast', 'shore', 'valley', 'valleys', 'plain', 'plains', 'plateau', 'basin',
  'delta', 'desert', 'forest', 'jungle', 'mountain', 'mountains', 'mount', 'mt', 'hill', 'hills', 'heights',
  'range', 'ridge', 'pass', 'gorge', 'canyon', 'glacier', 'volcano', 'strait', 'straits', 'sea', 'seas',
  'ocean', 'gulf', 'bay', 'channel', 'sound', 'lake', 'lakes', 'river', 'rivers', 'creek', 'canal', 'lagoon',
  'estuary', 'dam', 'reservoir', 'corridor', 'border', 'frontier', 'zone', 'strip', 'bank', 'highlands',
  'lowlands', 'steppe', 'tundra', 'park', 'square', 'street', 'avenue', 'road', 'bridge', 'crossing',
  'checkpoint', 'highway', 'point', 'oblast', 'raion', 'voivodeship', 'county', 'shire',
]);
