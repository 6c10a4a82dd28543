import type { RelatedCandidate } from '@/related/domain/score'

/**
 * Known-answer corpus for the related-stories quality tests: a four-part running story (a bridge
 * closure and repair), a four-story topic cluster (a heatwave) and twelve unrelated stories, some
 * of which deliberately share a section, an author or a common word with the clusters.
 */
export const NOW = new Date('2025-07-21T09:00:00Z')

function story(
  id: string,
  sectionId: string,
  publishedAt: string,
  authorIds: string[],
  tagSlugs: string[],
  title: string,
  body: string,
): RelatedCandidate {
  return { id, title, text: `${title}. ${body}`, sectionId, tagSlugs, authorIds, publishedAt, published: true }
}

export const bridgeStory: RelatedCandidate[] = [
  story(
    'bridge-closed',
    'local',
    '2025-07-02T07:30:00Z',
    ['tom-okafor'],
    ['harbour-bridge', 'transport', 'roads'],
    'Harbour Bridge closed after cracks found in main span',
    'Harbour Bridge was closed to all traffic after inspectors found cracks in a steel girder under the main span. ' +
      'Buses and lorries are being diverted through the tunnel, and commuters face long delays. ' +
      'The council said the bridge would stay shut until engineers complete a full structural survey.',
  ),
  story(
    'bridge-survey',
    'local',
    '2025-07-05T11:00:00Z',
    ['tom-okafor', 'maya-chen'],
    ['harbour-bridge', 'transport'],
    'Engineers begin survey of cracked Harbour Bridge girder',
    'Engineers abseiled beneath the Harbour Bridge to inspect the cracked girder on the main span. ' +
      'Early findings suggest corrosion weakened the steel where the cracks appeared. ' +
      'Traffic diversions through the tunnel will remain while the survey continues.',
  ),
  story(
    'bridge-cost',
    'business',
    '2025-07-11T06:00:00Z',
    ['raj-patel'],
    ['harbour-bridge', 'council-budget'],
    'Harbour Bridge repair bill put at £14m',
    'Repairing the cracked girder on the Harbour Bridge will cost about £14m, council officials estimate. ' +
      'The bridge has been closed to traffic since inspectors found cracks in the steel under the main span, ' +
      'and shops near it say the closure and the diversions have cut footfall by a third. ' +
      'The council will ask the government for emergency funding for the repairs.',
  ),
  story(
    'bridge-reopens',
    'local',
    '2025-07-18T08:15:00Z',
    ['tom-okafor'],
    ['harbour-bridge', 'transport', 'roads'],
    'Harbour Bridge reopens after girder repairs',
    'The Harbour Bridge reopened to cars after engineers finished repairs to the cracked steel girder. ' +
      'Buses return to their normal routes, and a weight limit for lorries stays while the span is monitored. ' +
      'Commuters welcomed the end of the diversions through the tunnel.',
  ),
]

export const heatwaveCluster: RelatedCandidate[] = [
  story(
    'heat-hottest-day',
    'local',
    '2025-07-14T15:00:00Z',
    ['lena-fischer'],
    ['heatwave', 'weather'],
    'Heatwave brings hottest day of the summer',
    'Temperatures reached 36C in the city centre as the heatwave tightened its grip. ' +
      'Forecasters issued an amber heat warning and urged residents to drink water, stay in the shade ' +
      'and check on elderly neighbours. Water companies asked customers not to waste water while the heat lasts.',
  ),
  story(
    'heat-hosepipe-ban',
    'environment',
    '2025-07-15T10:00:00Z',
    ['sofia-ruiz'],
    ['heatwave', 'weather', 'water'],
    'Hosepipe ban as reservoirs fall in the heatwave',
    'The regional water company announced a hosepipe ban as reservoir levels fell to 48% in the heatwave. ' +
      'Customers are asked to save water with shorter showers and to leave lawns unwatered. ' +
      'Demand for water hit a record in the heat, the company said.',
  ),
  story(
    'heat-hospitals',
    'health',
    '2025-07-17T09:30:00Z',
    ['hannah-lee'],
    ['heatwave', 'weather', 'hospitals'],
    'Hospitals see surge in heat-related admissions',
    'Hospitals across the region admitted dozens of patients with heatstroke and dehydration as the heatwave continued. ' +
      'Doctors urged residents to drink plenty of water, avoid the midday sun and look after elderly relatives in the heat. ' +
      'Ambulance crews had their busiest spell since the winter.',
  ),
  story(
    'heat-farmers',
    'business',
    '2025-07-19T07:00:00Z',
    ['raj-patel'],
    ['heatwave', 'drought', 'farming'],
    'Farmers count the cost of heatwave and drought',
    'Farmers say weeks of heat and temperatures above 35C have scorched grazing and cut the wheat harvest by a fifth. ' +
      'With the hosepipe ban in force and reservoirs low, some are selling livestock early because they cannot find ' +
      'enough water for them. The farming union wants emergency drought support until the heatwave breaks.',
  ),
]

/** Shares nothing with anything: its own section, author and tags, and no topic words in common. */
export const lonelyStory: RelatedCandidate = story(
  'comet',
  'science',
  '2025-07-01T22:00:00Z',
  ['priya-nair'],
  ['astronomy', 'comets'],
  'Amateur astronomer spots a comet from her garden',
  'A retired physics teacher has discovered a comet using a telescope she built herself. ' +
    'Observatories confirmed the icy visitor, which should be visible with binoculars before dawn in August. ' +
    'It will carry her name in the official catalogue.',
)

export const noise: RelatedCandidate[] = [
  story(
    'derby-win',
    'sport',
    '2025-07-19T21:45:00Z',
    ['ben-walsh'],
    ['football', 'city-fc'],
    'City FC win derby with late penalty',
    'A penalty in stoppage time gave City FC a 2-1 win over United in a tense derby. ' +
      'The striker kept his nerve from the spot after a handball in the box. Fans invaded the pitch at the final whistle.',
  ),
  story(
    'tennis-final',
    'sport',
    '2025-07-12T18:00:00Z',
    ['ben-walsh'],
    ['tennis', 'juniors'],
    'Local teenager reaches junior tennis final',
    'A fifteen-year-old from the Eastside club reached the final of the national junior championships. ' +
      'She dropped only one set all tournament and will face the top seed on grass.',
  ),
  story(
    'by-election',
    'politics',
    '2025-07-16T12:00:00Z',
    ['maya-chen'],
    ['council', 'elections'],
    'Council by-election set for September',
    'Voters in the Riverside ward will elect a new councillor in September after the sitting member resigned. ' +
      'Four parties have named candidates, and the result could change control of the council.',
  ),
  story(
    'hamlet-review',
    'culture',
    '2025-07-10T20:00:00Z',
    ['ines-moreau'],
    ['theatre', 'reviews'],
    'Review: a bold Hamlet at the Playhouse',
    'The Playhouse stages Hamlet in modern dress, with the prince as a restless podcaster. ' +
      'The gamble mostly pays off, though the duel scene drags. Four stars.',
  ),
  story(
    'gallery-retrospective',
    'culture',
    '2025-07-03T10:00:00Z',
    ['ines-moreau'],
    ['art', 'exhibitions'],
    'Gallery opens retrospective of coastal painter',
    'The municipal gallery has opened a retrospective of a painter known for stormy seascapes. ' +
      'More than eighty canvases are on show, many lent by private collectors for the first time.',
  ),
  story(
    'startup-funding',
    'business',
    '2025-07-08T08:00:00Z',
    ['raj-patel'],
    ['startups', 'technology'],
    'Software startup raises £5m to expand',
    'A payroll software startup founded in a university incubator has raised £5m from venture investors. ' +
      'It plans to hire forty developers and open an office in Lisbon.',
  ),
  story(
    'reading-scores',
    'education',
    '2025-07-17T14:00:00Z',
    ['kwame-mensah'],
    ['schools', 'literacy'],
    'Primary school celebrates record reading scores',
    'Pupils at St Anne’s primary achieved the best reading results in the county. ' +
      'Teachers credit a daily library hour and volunteer reading mentors.',
  ),
  story(
    'bakery-opens',
    'food',
    '2025-07-06T09:00:00Z',
    ['olivia-grant'],
    ['restaurants', 'bakeries'],
    'Family bakery opens second shop on Market Street',
    'A family bakery famous for its sourdough and cinnamon buns has opened a second shop on Market Street. ' +
      'Queues formed before the doors opened at seven.',
  ),
  story(
    'library-renovation',
    'local',
    '2025-07-20T10:00:00Z',
    ['maya-chen'],
    ['libraries'],
    'Central library to close for renovation in the autumn',
    'The central library will close for six months from October for a renovation of its reading rooms. ' +
      'A pop-up lending service will run from the town hall in the meantime.',
  ),
  story(
    'rates-hold',
    'business',
    '2025-07-09T12:00:00Z',
    ['raj-patel'],
    ['interest-rates', 'economy'],
    'Bank holds interest rates as inflation eases',
    'The central bank kept its main interest rate at 4.25% as inflation eased for a third month. ' +
      'Economists expect a cut in the autumn if wage growth slows.',
  ),
  story(
    'charity-ride',
    'sport',
    '2025-06-28T16:00:00Z',
    ['ben-walsh'],
    ['cycling', 'charity'],
    'Cycling club’s charity ride raises £20,000',
    'Two hundred riders took part in the cycling club’s annual charity ride along the coast road. ' +
      'The money raised will pay for a new minibus for the children’s hospice.',
  ),
  lonelyStory,
]

export const corpus: RelatedCandidate[] = [...bridgeStory, ...heatwaveCluster, ...noise]

/** The first bridge story re-filed by the desk with a lightly edited headline and text. */
export const refiledBridgeClosure: RelatedCandidate = story(
  'bridge-closed-refiled',
  'local',
  '2025-07-02T09:05:00Z',
  ['tom-okafor'],
  ['harbour-bridge', 'transport', 'roads'],
  'Harbour Bridge shut after cracks found in main span',
  'Harbour Bridge was closed to all traffic after inspectors found cracks in a steel girder beneath the main span. ' +
    'Buses and lorries are being diverted through the tunnel, and commuters face long delays. ' +
    'The council said the bridge will stay shut until engineers complete a full structural survey.',
)
