/** Slot fillers for the article templates: topics, offences, goals, quotes, background facts. */

export const TOPICS = [
  'energy security', 'grain exports', 'a new trade agreement', 'border security', 'climate finance', 'debt relief',
  'migration', 'a ceasefire', 'water rights on a shared river', 'fishing quotas', 'vaccine supplies', 'rare earth mining',
  'a long-delayed railway project', 'visa rules', 'cyber security', 'nuclear safety', 'food prices', 'port investment',
];

export const OFFENCES = [
  'violating the ceasefire', 'massing troops near the border', 'interfering in its elections', 'backing armed rebels',
  'blocking aid convoys', 'launching cyber attacks on its ministries', 'detaining its citizens without charge',
  'dumping cheap steel on its market', 'spreading disinformation', 'breaking a fishing agreement', 'stalling the peace talks',
  'diverting water from a shared river', 'harbouring wanted militants',
];

export const INCIDENTS = [
  'the clashes near the border', 'the collapse of the talks', 'the shelling of a border town', 'the attack on a convoy',
  'the sinking of a fishing boat', 'the closure of the crossing', 'the rise in food prices', 'the expulsion of diplomats',
];

export const ACTIONS = [
  'release the detained journalists', 'return to the negotiating table', 'respect the ceasefire', 'open the border crossings',
  'hold free and fair elections', 'step up the fight against corruption', 'withdraw troops from the border',
  'allow aid workers into the region', 'cut emissions faster', 'lift the export ban', 'protect the rights of minorities',
  'investigate the killings', 'pay arrears owed to the fund',
];

export const AID = [
  'humanitarian aid', 'military assistance', 'emergency loans', 'reconstruction funding', 'budget support', 'food aid',
  'medical supplies', 'investment in clean energy',
];

export const GOALS = [
  'double bilateral trade within five years', 'reopen their embassies', 'set up a joint commission on the border',
  'cooperate more closely on security', 'build a new pipeline', 'restore direct flights', 'share intelligence on smuggling',
  'work together on a regional power grid',
];

export const FORUMS = ['regional summit', 'security conference', 'climate conference', 'trade forum', 'donor conference', 'summit of foreign ministers'];

export const ADJECTIVES = ['reckless', 'aggressive', 'irresponsible', 'provocative', 'unacceptable', 'dangerous', 'illegal'];

export const QUOTES = [
  'We are ready to work with all our partners, but we will not accept threats',
  'This is a historic day for both our peoples',
  'Our position has not changed and it will not change',
  'Nobody wants another war in this region',
  'We expect concrete steps, not more promises',
  'The door remains open for dialogue',
  'We will stand with our friends for as long as it takes',
  'There can be no lasting peace without justice',
  'These are serious allegations and they must be investigated',
  'We have agreed on the principles; the details will follow',
  'The situation on the ground remains very difficult',
  'Our economy cannot wait for another year of talks',
  'We will defend every inch of our territory',
  'The agreement is good for our farmers and good for our workers',
  'We are deeply concerned by what we are seeing',
];

export const CONTEXT = [
  'Trade between the two countries reached ${n} billion dollars last year, according to official figures.',
  'The talks come as the region grapples with inflation of ${pct} percent and a widening budget deficit.',
  'Analysts said any agreement could take months to put into practice.',
  'Officials did not give further details of the discussions.',
  'The ministry said in a statement that the meeting had been "frank and constructive".',
  'Relations between the two neighbours have been strained for years over a disputed stretch of their border.',
  'Diplomats said the issue was likely to dominate the next round of negotiations.',
  'The government has faced growing protests over the cost of living in recent months.',
  'Around ${k} people have been displaced by the fighting, according to aid agencies.',
  'The central bank raised its main interest rate to ${pct} percent last month.',
  'Opposition lawmakers have criticised the deal, saying it gives away too much.',
  'Talks on the issue broke down last year after a dispute over who would pay for the project.',
  'The country holds parliamentary elections in ${month}.',
  'Both sides said they wanted to avoid an escalation.',
  'Shares in state-owned companies rose more than ${pct} percent after the announcement.',
  'The announcement was broadly welcomed by business groups.',
  'Human rights groups say hundreds of people remain in detention.',
  'The visit was the first by a senior official in more than a decade.',
  'The proposal still needs the approval of parliament.',
  'The figures could not be independently verified.',
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const AGENCIES = ['Reuters', 'AP', 'AFP'] as const;
