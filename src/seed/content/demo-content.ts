/**
 * Demo content for The Harbour Ledger, a fictional regional daily covering the
 * fictional coastal city of Port Halden and the Westmarch region.
 *
 * All people, places, organisations and events below are invented.
 */

export type DemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'embed'; url: string; title?: string; caption?: string }

export type DemoSection = { slug: string; name: string; description: string; parent?: string }
export type DemoTag = { slug: string; name: string }
export type DemoAuthor = {
  slug: string
  name: string
  roleTitle: string
  bio: string
  social: { network: 'x' | 'mastodon' | 'bluesky' | 'linkedin' | 'instagram'; url: string }[]
}
export type DemoArticle = {
  slug: string // lowercase, a-z0-9 and hyphens, unique
  title: string // <= 110 chars
  kicker: string // 1-3 words, e.g. "Transport"
  dek: string // standfirst, 120-280 characters
  section: string // primary section slug
  extraSections?: string[]
  tags: string[] // tag slugs (2-4 per article)
  authors: string[] // author slugs, 1 or 2
  hoursAgo: number // published this many hours before "now"
  featured?: boolean
  breaking?: boolean
  heroAlt: string // descriptive alt text for an illustration
  heroCaption: string
  heroCredit: string // e.g. "Illustration: Ledger graphics desk"
  heroPalette: [string, string] // two hex colours for a generated gradient image
  body: DemoBlock[]
  corrections?: { daysAfterPublish: number; text: string }[]
  storyline?: string // id of a running story this belongs to
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

export const sections: DemoSection[] = [
  {
    slug: 'politics',
    name: 'Politics',
    description: 'The Westmarch Assembly, the regional government and the decisions that shape life on the coast.',
  },
  {
    slug: 'local-politics',
    name: 'Local Politics',
    description: 'Port Halden City Council, planning, local services and the people who run the city.',
    parent: 'politics',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'The port, shipping, fishing, energy, jobs and the regional economy.',
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Research from the University of Port Halden and beyond, from marine biology to medicine.',
  },
  {
    slug: 'climate',
    name: 'Climate',
    description: 'Heat, water, rising seas and how the Westmarch coast is adapting to a changing climate.',
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Theatre, music, festivals, museums and the arts across Port Halden and the Skerrin Isles.',
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Athletics, sailing, rowing and every other sport played on and around the Sound.',
  },
  {
    slug: 'football',
    name: 'Football',
    description: 'Halden Rovers, the Westmarch Challenge Cup and the grassroots game across the region.',
    parent: 'sport',
  },
]

// ---------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------

export const tags: DemoTag[] = [
  { slug: 'harbour-bridge', name: 'Harbour Bridge' },
  { slug: 'transport', name: 'Transport' },
  { slug: 'infrastructure', name: 'Infrastructure' },
  { slug: 'city-council', name: 'City Council' },
  { slug: 'regional-assembly', name: 'Westmarch Assembly' },
  { slug: 'budget', name: 'Budget' },
  { slug: 'housing', name: 'Housing' },
  { slug: 'heatwave', name: 'Heatwave' },
  { slug: 'water', name: 'Water' },
  { slug: 'public-health', name: 'Public Health' },
  { slug: 'shipping', name: 'Shipping & Ports' },
  { slug: 'fishing', name: 'Fishing' },
  { slug: 'energy', name: 'Energy' },
  { slug: 'research', name: 'Research' },
  { slug: 'coastline', name: 'Coastline' },
  { slug: 'arts', name: 'Arts' },
  { slug: 'halden-rovers', name: 'Halden Rovers' },
  { slug: 'sailing', name: 'Sailing & Rowing' },
]

// ---------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------

export const authors: DemoAuthor[] = [
  {
    slug: 'ines-calloway',
    name: 'Ines Calloway',
    roleTitle: 'Political Editor',
    bio: 'Ines Calloway has covered the Westmarch Assembly and Port Halden City Council for fourteen years. She previously reported on courts and local government for the Kellan Courier and leads the Ledger’s coverage of elections, budgets and public accountability.',
    social: [
      { network: 'mastodon', url: 'https://social.example/@inescalloway' },
      { network: 'bluesky', url: 'https://social.example/profile/inescalloway' },
    ],
  },
  {
    slug: 'tobias-renner',
    name: 'Tobias Renner',
    roleTitle: 'Business and Transport Correspondent',
    bio: 'Tobias Renner reports on the port, shipping, transport and jobs. Before joining the Ledger he spent six years as a reporter for a maritime trade weekly, and he still knows the tide tables better than most pilots.',
    social: [
      { network: 'x', url: 'https://social.example/@tobiasrenner' },
      { network: 'linkedin', url: 'https://social.example/in/tobias-renner' },
    ],
  },
  {
    slug: 'aoife-marchetti',
    name: 'Aoife Marchetti',
    roleTitle: 'Science Correspondent',
    bio: 'Aoife Marchetti writes about research, medicine and technology. She trained as a marine chemist at the University of Port Halden before moving into journalism, and specialises in explaining how scientific findings affect everyday life on the coast.',
    social: [
      { network: 'bluesky', url: 'https://social.example/profile/aoifemarchetti' },
      { network: 'mastodon', url: 'https://social.example/@aoifemarchetti' },
    ],
  },
  {
    slug: 'hallam-osei',
    name: 'Hallam Osei',
    roleTitle: 'Climate and Environment Reporter',
    bio: 'Hallam Osei covers climate, weather, water and the natural environment of the Westmarch coast. He has reported on flooding, drought and coastal erosion across the region and previously worked as a researcher for an environmental charity.',
    social: [
      { network: 'x', url: 'https://social.example/@hallamosei' },
      { network: 'instagram', url: 'https://social.example/hallam.osei' },
    ],
  },
  {
    slug: 'nadia-ferreira-holm',
    name: 'Nadia Ferreira-Holm',
    roleTitle: 'Culture Editor',
    bio: 'Nadia Ferreira-Holm edits the Ledger’s culture pages and reviews theatre, music and exhibitions. She has written about the arts in Port Halden for more than a decade and is a former programme director of the Harbour Lights festival.',
    social: [
      { network: 'instagram', url: 'https://social.example/nadia.ferreiraholm' },
      { network: 'bluesky', url: 'https://social.example/profile/nadiafh' },
    ],
  },
  {
    slug: 'callum-brightwater',
    name: 'Callum Brightwater',
    roleTitle: 'Sports Reporter',
    bio: 'Callum Brightwater has followed Halden Rovers home and away since 2015 and covers every sport played on land or water around the Sound. He is a former youth-team goalkeeper and a reluctant but regular sea swimmer.',
    social: [
      { network: 'x', url: 'https://social.example/@callumbrightwater' },
      { network: 'mastodon', url: 'https://social.example/@cbrightwater' },
    ],
  },
]

// ---------------------------------------------------------------------------
// Published articles
// ---------------------------------------------------------------------------

export const articles: DemoArticle[] = [
  // 1. Breaking news, newest article
  {
    slug: 'container-ship-aground-halden-sound-channel-closed',
    title: 'Container ship runs aground at mouth of Halden Sound, closing main shipping channel',
    kicker: 'Breaking',
    dek: 'The feeder vessel Corran Star struck a sandbank off Carrow Point before dawn. No injuries or pollution have been reported, but the harbour authority has suspended all commercial traffic in and out of the port.',
    section: 'business',
    tags: ['shipping', 'coastline', 'transport'],
    authors: ['tobias-renner'],
    hoursAgo: 1,
    breaking: true,
    heroAlt:
      'Illustration of a container ship resting at a slight angle on a sandbank at dawn, with a lighthouse on a rocky point behind it',
    heroCaption: 'The Corran Star came to rest on the Carrow Bank shortly after 4.30am.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#0b2545', '#e07a5f'],
    body: [
      {
        type: 'p',
        text: 'A container ship carrying more than 700 containers ran aground at the mouth of Halden Sound early on Thursday, forcing the harbour authority to close the main shipping channel into Port Halden. The 140-metre feeder vessel Corran Star struck the Carrow Bank, a shifting sandbar off Carrow Point, at about 4.35am while inbound from the continent, according to the Port Halden Harbour Authority.',
      },
      {
        type: 'p',
        text: 'All 17 crew members are safe and remain on board. The harbour authority said early inspections by divers had found no breach of the hull and no sign of fuel leaking into the water, although a precautionary boom has been laid around the stern while the tide is monitored.',
      },
      { type: 'h2', text: 'Channel closed until at least tomorrow' },
      {
        type: 'p',
        text: 'Captain Ewa Lindgard, the harbour master, said the channel would stay closed to commercial traffic until the ship could be refloated, which is unlikely before the high tide on Friday morning. Four inbound vessels have been told to anchor in the outer roads, and two scheduled departures from the container terminal have been held at their berths.',
      },
      {
        type: 'quote',
        text: 'Our first priority is the crew and the water. The ship is stable, the weather is on our side, and we will not rush a refloat that could make things worse. — Captain Ewa Lindgard, Port Halden harbour master',
      },
      {
        type: 'p',
        text: 'Sound Ferries, whose passenger crossings to Eastbank have carried thousands of extra commuters since the Harbour Bridge closed, said its services use a separate inner channel and would run as normal. The company warned that sailings could be delayed if salvage vessels need to pass through the inner harbour during the morning peak.',
      },
      {
        type: 'p',
        text: 'The Carrow Bank has long been a concern for pilots. A harbour authority survey last year found that the bar had moved roughly 60 metres eastwards since 2019, and dredging of the approach channel was postponed earlier this year because of budget pressures. The authority said on Thursday that it was too early to say whether the position of the bank played a part in the grounding.',
      },
      {
        type: 'p',
        text: 'The vessel’s operator, Merrow Line, said it was cooperating fully with the harbour authority and the Westmarch Marine Accident Office, which has sent two inspectors to Port Halden. This is a developing story and will be updated as more information becomes available.',
      },
    ],
  },

  // 2. Politics: neighbour of the bridge saga (no storyline)
  {
    slug: 'opposition-calls-for-audit-of-coastal-bridges',
    title: 'Opposition calls for audit of every coastal bridge in Westmarch after Harbour Bridge failures',
    kicker: 'Infrastructure',
    dek: 'Westmarch First says the region has no reliable picture of the state of its 212 road bridges exposed to salt air, and wants an independent audit funded in next month’s budget. Ministers insist inspections are on schedule.',
    section: 'politics',
    tags: ['infrastructure', 'regional-assembly', 'budget'],
    authors: ['ines-calloway'],
    hoursAgo: 15,
    heroAlt:
      'Illustration of the Westmarch Assembly debating chamber, with a map of the coastline and bridge symbols projected on a screen',
    heroCaption: 'Fenella Moir raised the issue during questions to the transport minister on Wednesday.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#3d405b', '#81b29a'],
    body: [
      {
        type: 'p',
        text: 'The main opposition party in the Westmarch Assembly has demanded an independent audit of every road bridge on the region’s coast, arguing that the prolonged closure of Port Halden’s Harbour Bridge has exposed a system of inspections that is patchy, underfunded and poorly recorded.',
      },
      {
        type: 'p',
        text: 'Fenella Moir, who leads Westmarch First, told the assembly on Wednesday that 212 bridges within five kilometres of the sea were maintained by a mixture of councils, the regional roads agency and, in a handful of cases, private landowners. She said there was no single register showing when each structure was last examined in detail or what defects were found.',
      },
      {
        type: 'quote',
        text: 'People in Port Halden have spent weeks queuing for ferries because problems with one bridge were missed. I want to know that nobody in Kellan or Dunmore is about to find themselves in the same position. — Fenella Moir, leader of Westmarch First',
      },
      { type: 'h2', text: 'Ministers say inspections are on schedule' },
      {
        type: 'p',
        text: 'The transport minister, Iolo Brannock, rejected the suggestion that the region’s bridges were being neglected. He said principal inspections, in which engineers examine every accessible part of a structure at close range, were carried out every six years as national guidance requires, with general visual checks every two years in between.',
      },
      {
        type: 'p',
        text: 'Mr Brannock said a review commissioned after the Harbour Bridge closure would report within months and that he would not pre-empt its findings. He added that the regional government had already set aside an extra £6m this year for coastal structures, most of it for sea walls and slipways.',
      },
      {
        type: 'p',
        text: 'Engineers have pointed out that salt-laden air accelerates corrosion in steel cables and reinforcing bars, and that structures built in the 1960s and 1970s were often designed with thinner protective coatings than would be used today. The Harbour Bridge, opened in 1968, is one of at least 30 coastal bridges in the region of a similar age.',
      },
      {
        type: 'p',
        text: 'Westmarch First wants the audit to be carried out by engineers with no existing contract with the regional roads agency, and its results published bridge by bridge. The party is expected to table an amendment when the budget comes before the assembly next month, although it is unlikely to pass without the support of at least some Civic Alliance members.',
      },
    ],
  },

  // 3. Football
  {
    slug: 'rovers-late-winner-challenge-cup-final',
    title: 'Ansah-Reid’s stoppage-time header sends Halden Rovers into the Challenge Cup final',
    kicker: 'Football',
    dek: 'Rovers came from behind to beat Carrowmore Athletic 2-1 at Aske Road and will play in their first regional cup final in eleven years. Supporters from Eastbank travelled home on extra late-night ferries.',
    section: 'football',
    tags: ['halden-rovers', 'transport'],
    authors: ['callum-brightwater'],
    hoursAgo: 20,
    heroAlt: 'Illustration of a footballer rising above two defenders to head the ball under floodlights, with a packed stand behind',
    heroCaption: 'Kofi Ansah-Reid meets Jonah Pryce’s cross for the winning goal.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#14213d', '#fca311'],
    body: [
      {
        type: 'p',
        text: 'Kofi Ansah-Reid headed in a stoppage-time winner as Halden Rovers beat Carrowmore Athletic 2-1 in the semi-final of the Westmarch Challenge Cup on Tuesday night, sending a crowd of 6,400 at Aske Road into raptures and securing the club’s first appearance in a regional final since 2014.',
      },
      {
        type: 'p',
        text: 'Carrowmore had led for most of the evening after their captain, Ruben Oyelaran, curled a free-kick over the wall in the 23rd minute. Rovers had more of the ball but struggled to break down a visiting side that defended deep and in numbers, and the home crowd grew restless as chance after chance went wide.',
      },
      { type: 'h2', text: 'Substitutes change the game' },
      {
        type: 'p',
        text: 'The turning point came when the Rovers manager, Dougie Farrell, sent on two forwards with 20 minutes left. One of them, the 19-year-old Sami Kettunen, equalised in the 78th minute, turning sharply in the box and finding the bottom corner. Then, three minutes into added time, Ansah-Reid rose above two defenders to meet a deep cross from the right-back Jonah Pryce.',
      },
      {
        type: 'quote',
        text: 'I told them at half-time that we had been the better side and that if we kept our heads the goal would come. I didn’t think it would take quite that long. — Dougie Farrell, Halden Rovers manager',
      },
      {
        type: 'p',
        text: 'Farrell praised his goalkeeper, Lars Thorsby, who made a double save at 1-0 to keep Rovers in the tie. Carrowmore’s manager, Siobhan Kerrigan, said her side had been undone by tiredness after playing three matches in eight days, but admitted that Rovers had deserved their place in the final.',
      },
      {
        type: 'p',
        text: 'The win caps a remarkable turnaround for a side that sat in the bottom half of the table in the autumn. Rovers are unbeaten in eleven matches in all competitions, and Ansah-Reid’s goal was his ninth since he returned from a hamstring injury. Farrell said the squad would be given two days off before the league visit to Kellan United on Saturday.',
      },
      {
        type: 'p',
        text: 'With the Harbour Bridge still closed to general traffic, the club had worked with Sound Ferries to add two late crossings to Eastbank after the match, and police reported no significant problems as supporters made their way home. The final will be played at the neutral Westmarch Stadium on the 14th of next month, against either Dunmore Town or Kellan United.',
      },
    ],
  },

  // 4. Harbour Bridge storyline (4/4): partial reopening, featured
  {
    slug: 'harbour-bridge-partial-reopening-buses-cyclists',
    title: 'Harbour Bridge to reopen to buses, cyclists and pedestrians next month as cable repairs progress',
    kicker: 'Harbour Bridge',
    dek: 'Engineers say temporary supports installed at the eastern anchorage mean the bridge can safely carry lighter traffic from the 3rd of next month. Cars and lorries will have to wait until the full repair is finished in the spring.',
    section: 'local-politics',
    extraSections: ['business'],
    tags: ['harbour-bridge', 'transport', 'infrastructure', 'city-council'],
    authors: ['tobias-renner', 'ines-calloway'],
    hoursAgo: 30,
    featured: true,
    heroAlt:
      'Illustration of a suspension bridge over an estuary at dusk, with a single bus crossing and scaffolding wrapped around one of the cable anchorages',
    heroCaption: 'Temporary steel supports now carry part of the load at the bridge’s eastern anchorage.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#1d3557', '#457b9d'],
    storyline: 'harbour-bridge',
    body: [
      {
        type: 'p',
        text: 'Port Halden’s Harbour Bridge will partially reopen next month to buses, bicycles and people on foot, the city council announced on Monday, little more than three weeks after the crossing was shut when inspectors found severe corrosion in the main cable anchorages at its eastern end.',
      },
      {
        type: 'p',
        text: 'Engineers working on the repair said temporary steel supports installed over the past ten days had taken enough load off the damaged anchorages to allow lighter vehicles to use the bridge. Buses will run in a single lane in each direction with a speed limit of 20mph, and a protected lane for cyclists and pedestrians will be marked on the northern side.',
      },
      { type: 'h2', text: 'What will and will not be allowed' },
      {
        type: 'list',
        items: [
          'Buses, coaches and emergency vehicles: allowed from the 3rd of next month, one lane in each direction',
          'Bicycles, e-scooters and pedestrians: allowed on a segregated lane on the northern side',
          'Cars, vans and motorcycles: not allowed until the full repair is complete, expected in the spring',
          'Lorries and vehicles over 7.5 tonnes: not allowed; the diversion via the Aske Valley road remains in place',
        ],
      },
      {
        type: 'quote',
        text: 'This is not the finish line, but it is the first time since the closure that we can give people a date. The bridge is safe for the loads we are allowing, and we will be monitoring it around the clock. — Helena Strand, lead engineer on the repair',
      },
      {
        type: 'p',
        text: 'Helena Strand, of the consulting engineers Marlowe & Keane, said more than 140 sensors had been fitted to the cables and deck to measure strain and movement in real time. If readings exceed agreed limits, the bridge can be closed again within minutes using barriers controlled from the council’s traffic centre.',
      },
      {
        type: 'p',
        text: 'Councillor Dev Pallister, the cabinet member for transport, said the partial reopening would cut journey times for around 9,000 daily bus passengers who have faced diversions of up to 40 minutes since the closure. Sound Ferries, which has run extra crossings throughout, said it would keep its enlarged timetable in place until at least the end of the year.',
      },
      {
        type: 'p',
        text: 'Businesses in Eastbank gave the news a cautious welcome. Marisol Teague, who chairs the Eastbank Traders’ Association, said footfall on the high street had fallen by a quarter since the closure and that many shoppers from the Old Town had simply stopped crossing the estuary. ‘Buses will help, but what we really need is a firm date for cars,’ she said.',
      },
      {
        type: 'p',
        text: 'The full repair, which involves replacing the anchorage castings and re-tensioning the main cables, is due to be completed in the spring under the £48.2m plan approved by the council last week. Officials said the schedule depended on the delivery of specialist steel components from a foundry abroad, the first of which arrived on Friday.',
      },
    ],
  },

  // 5. Climate: sea wall, with correction
  {
    slug: 'lower-quay-sea-wall-plan-divides-residents',
    title: 'Lower Quay sea wall plan divides residents as flood risk rises',
    kicker: 'Coastal flooding',
    dek: 'A proposed 1.2-metre flood wall along the Lower Quay would protect 340 homes from storm surges but block views and cut access to the waterfront. The consultation has exposed deep disagreements about how the city should adapt.',
    section: 'climate',
    tags: ['coastline', 'city-council', 'infrastructure'],
    authors: ['hallam-osei'],
    hoursAgo: 45,
    heroAlt:
      'Illustration of a row of colourful quayside houses with waves splashing over the harbour edge and a dotted line showing where a proposed wall would run',
    heroCaption: 'The proposed wall would run for 800 metres between the old fish market and the Aske estuary.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#264653', '#2a9d8f'],
    corrections: [
      {
        daysAfterPublish: 1,
        text: 'An earlier version of this article referred to the Lower Quay Residents’ Association as the Lower Quay Action Group. The Action Group is a separate organisation and has not taken a position on the plan.',
      },
    ],
    body: [
      {
        type: 'p',
        text: 'A plan to build a flood wall along the length of Port Halden’s Lower Quay has split the neighbourhood it is meant to protect, with some residents saying it will save their homes and others warning that it will turn a lively waterfront into a walled-off corridor.',
      },
      {
        type: 'p',
        text: 'The city council’s proposal would raise a reinforced concrete wall 1.2 metres above the existing quayside along an 800-metre stretch between the old fish market and the Aske estuary. Five removable flood gates would allow access to the water, and the promenade would be rebuilt on the landward side with new seating and planting.',
      },
      { type: 'h2', text: 'A rising threat' },
      {
        type: 'p',
        text: 'The council says the case for the wall is urgent. A flood risk assessment published with the plan estimates that 340 homes and 58 businesses on and behind the Lower Quay face a one-in-ten chance of flooding in any given year by 2050, up from roughly one in forty today, because of rising sea levels and more frequent storm surges.',
      },
      {
        type: 'quote',
        text: 'We have had water in the streets three times in the last five winters. Every time it happens, insurers look at us a little harder. Doing nothing is not an option. — Councillor Margit Oduya, leader of Port Halden City Council',
      },
      {
        type: 'p',
        text: 'Opponents do not dispute the risk but question the design. The Lower Quay Residents’ Association has collected more than 1,100 signatures on a petition calling for alternatives, including raising the quay surface itself or building a lower wall combined with a set-back embankment further inland. The association says a solid wall would cut ground-floor homes off from the sea views that define the street.',
      },
      {
        type: 'p',
        text: 'Dr Femi Lawal, a coastal engineer at the University of Port Halden who has reviewed the plans, said both approaches had merit. A raised quay would be less intrusive but would cost more and take longer, he said, while the wall could be completed within two years and extended upwards later if sea levels rise faster than expected.',
      },
      {
        type: 'p',
        text: 'The consultation closes at the end of the month. The council has budgeted £14.5m for the scheme, around two-thirds of which would come from a regional coastal resilience fund, and says it will publish a revised design early next year. Drop-in sessions will be held at the Lower Quay community hall on the next two Saturdays.',
      },
    ],
  },

  // 6. Culture: festival, featured
  {
    slug: 'harbour-lights-festival-record-line-up',
    title: 'Harbour Lights festival announces its biggest line-up yet, with a plan to keep the Old Town quiet',
    kicker: 'Festivals',
    dek: 'More than 120 performances across ten days, a floating stage in the inner harbour and a 10.30pm curfew for amplified music: organisers hope this year’s edition will win back residents who complained about noise.',
    section: 'culture',
    tags: ['arts', 'city-council'],
    authors: ['nadia-ferreira-holm'],
    hoursAgo: 60,
    featured: true,
    heroAlt:
      'Illustration of a floating stage lit with warm lanterns in a harbour at night, with an orchestra playing and boats gathered around',
    heroCaption: 'The floating stage will be moored in the inner harbour for the ten days of the festival.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#2b2d42', '#ef8354'],
    body: [
      {
        type: 'p',
        text: 'Port Halden’s Harbour Lights festival will stage more than 120 performances over ten days this year, its largest programme since it began as a weekend of lantern processions in 1997. Organisers unveiled the line-up on Saturday at the Maritime Museum, promising a mix of orchestral concerts, folk, theatre, dance and a closing-night light show on the water.',
      },
      {
        type: 'p',
        text: 'The centrepiece is a floating stage moored in the inner harbour, built on a pair of decommissioned pontoons and able to hold a 40-piece orchestra. The Westmarch Philharmonic will open the festival there with a new work by the composer Idris Salcombe, commissioned to mark the 250th anniversary of the city’s harbour charter.',
      },
      { type: 'h2', text: 'Quieter nights' },
      {
        type: 'p',
        text: 'Last year’s festival drew a record 180,000 visitors but also more than 300 noise complaints, most of them from the narrow streets of the Old Town, where late-night stages were set up in squares surrounded by homes. The council threatened to review the festival’s licence, and relations between organisers and residents soured.',
      },
      {
        type: 'p',
        text: 'This year, amplified music will stop at 10.30pm everywhere except the floating stage, which is further from homes and will use a directional sound system. Two Old Town squares will host only acoustic performances, and the festival will fund a free night bus to move audiences out of the centre quickly after the last events.',
      },
      {
        type: 'quote',
        text: 'We heard the complaints and we took them seriously. A festival that the people who live here resent is not a festival worth having. — Joel Amankwah, director of Harbour Lights',
      },
      {
        type: 'p',
        text: 'Beyond the headline concerts, the programme leans heavily on local talent. More than half of the acts are based in the Westmarch, and the festival has commissioned six new pieces from artists on the Skerrin Isles, including a walking performance along the old ferry route and a choir of fishing families singing working songs collected in the 1950s.',
      },
      {
        type: 'p',
        text: 'Family afternoons on the Quay will include free outdoor screenings of open-source animated films, opening with the Blender Foundation’s short Big Buck Bunny.',
      },
      {
        // A real, freely licensed video, so the demo's player works when a reader loads it.
        type: 'embed',
        url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
        title: 'Big Buck Bunny, by the Blender Foundation',
        caption: 'The open-source short that opens the festival’s outdoor screenings. Video: Blender Foundation, CC BY 3.0.',
      },
      {
        type: 'p',
        text: 'Residents’ groups were broadly welcoming. Clara Venn, who chairs the Old Town Neighbours’ Forum, said the changes were ‘a genuine step forward’, though she would judge the festival on how well the curfew was enforced. Tickets for the paid concerts go on sale next week; around two-thirds of the programme, including the closing light show, is free.',
      },
    ],
  },

  // 7. Science: explainer, neighbour of the bridge saga
  {
    slug: 'how-salt-air-eats-steel-harbour-bridge-corrosion',
    title: 'How salt air eats steel: the science behind the Harbour Bridge corrosion',
    kicker: 'Explainer',
    dek: 'The Harbour Bridge stood for more than half a century before inspectors found its anchorages badly corroded. Materials scientists explain why coastal structures age faster, and what can be done to slow the damage.',
    section: 'science',
    extraSections: ['local-politics'],
    tags: ['infrastructure', 'research', 'coastline'],
    authors: ['aoife-marchetti'],
    hoursAgo: 75,
    heroAlt:
      'Illustration of a magnified cross-section of a steel cable, with rust spreading between the individual wires and salt crystals on the surface',
    heroCaption: 'Chloride ions from sea spray break down the protective film that normally forms on steel.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#6d597a', '#b56576'],
    body: [
      {
        type: 'p',
        text: 'When inspectors opened up the eastern anchorage of Port Halden’s Harbour Bridge during a routine principal inspection, they found something that surprised even the specialists: steel wires inside the main cables that had lost up to a fifth of their cross-section to rust, hidden beneath paint and casings that looked sound from the outside.',
      },
      {
        type: 'p',
        text: 'To materials scientists, the finding was less surprising than it was to the public. Steel near the sea faces a particularly aggressive environment, says Professor Sunniva Haldorsen, who leads the corrosion research group at the University of Port Halden. Wind carries tiny droplets of seawater inland, and when they dry they leave salt crystals on every surface they touch.',
      },
      { type: 'h2', text: 'Chloride: the key culprit' },
      {
        type: 'p',
        text: 'The problem is chloride. Ordinary rust forms when iron reacts with oxygen and water, but chloride ions speed the process up dramatically and break down the thin protective film that normally forms on steel. They also attract moisture, so a salt-coated surface stays damp for longer after rain or sea fog, giving corrosion more time to work.',
      },
      {
        type: 'quote',
        text: 'A cable anchorage is almost the perfect place for corrosion. It is enclosed, it traps condensation, and it is very hard to see inside without taking things apart. — Professor Sunniva Haldorsen, University of Port Halden',
      },
      {
        type: 'p',
        text: 'Anchorages are especially vulnerable because water can collect where the cables enter concrete or cast-steel housings. Haldorsen’s group has measured chloride levels on structures around the Aske estuary and found concentrations up to eight times higher within 500 metres of the shore than at comparable sites 10 kilometres inland.',
      },
      {
        type: 'p',
        text: 'Modern bridges are protected in several ways that were not standard in the 1960s. Cables can be wrapped and kept dry with dehumidified air pumped through them, a technique now used on many large suspension bridges. Sensors embedded in concrete can warn of rising chloride levels years before damage becomes visible, and stainless or galvanised reinforcement lasts far longer in salty conditions.',
      },
      {
        type: 'p',
        text: 'The repair plan for the Harbour Bridge includes a dehumidification system for the main cables, which engineers estimate could extend their working life by several decades. Haldorsen said the wider lesson was about monitoring. ‘The corrosion didn’t happen suddenly,’ she said. ‘It happened slowly, in places nobody was looking. The technology to look now exists, and it is cheap compared with closing a bridge.’',
      },
    ],
  },

  // 8. Politics: housing bill
  {
    slug: 'assembly-passes-homes-bill-overnight-session',
    title: 'Westmarch Assembly passes Homes Bill after 14-hour overnight session',
    kicker: 'Housing',
    dek: 'The bill caps annual rent increases, doubles council tax on second homes in coastal towns and gives councils new powers to buy empty properties. It passed by 31 votes to 27 after a late concession on holiday lets.',
    section: 'politics',
    tags: ['housing', 'regional-assembly', 'budget'],
    authors: ['ines-calloway'],
    hoursAgo: 95,
    heroAlt: 'Illustration of a terrace of narrow harbour-town houses with a dawn sky behind, and a few lit windows',
    heroCaption: 'The second homes premium could apply across much of Port Halden’s Old Town.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#5f0f40', '#fb8b24'],
    body: [
      {
        type: 'p',
        text: 'The Westmarch Assembly passed the most significant housing legislation in its history shortly after 6am on Thursday, ending a 14-hour sitting in which members debated more than 90 amendments. The Homes (Westmarch) Bill was approved by 31 votes to 27, with two abstentions, and will become law once it receives formal assent next month.',
      },
      {
        type: 'p',
        text: 'At its core, the bill limits annual rent increases for private tenants to inflation plus one percentage point, with a ceiling of 5%. It allows councils to charge double council tax on second homes in designated coastal areas, including Port Halden’s Old Town and much of the Skerrin Isles, and gives them powers to compulsorily purchase homes left empty for more than three years.',
      },
      { type: 'h2', text: 'A late deal on holiday lets' },
      {
        type: 'p',
        text: 'The bill’s passage was in doubt until the early hours, when the housing minister, Priya Castellane, agreed to a concession demanded by four Coastal Independents members. Owners who let out a single property as holiday accommodation for fewer than 140 nights a year will be exempt from a new licensing scheme, a change supporters said would protect families who rent out a flat to supplement their income.',
      },
      {
        type: 'quote',
        text: 'This is a bill for the nurse who cannot afford to live in the town where she works, and for the young family on a waiting list that never seems to move. Tonight the assembly has chosen them. — Priya Castellane, housing minister',
      },
      {
        type: 'p',
        text: 'Opponents argued that the rent cap would discourage investment and reduce the supply of rented homes. Fenella Moir, the leader of Westmarch First, said landlords in Port Halden were already selling up and that the bill would ‘accelerate the exodus’. Her party has promised to repeal the cap if it wins the next assembly election.',
      },
      {
        type: 'p',
        text: 'Tenants’ groups welcomed the vote but said enforcement would be the real test. The Westmarch Renters’ Union pointed out that councils would need extra staff to run the licensing scheme and chase empty homes, and called on the government to set out funding in next month’s budget. Ministers have said £22m will be made available over three years.',
      },
      {
        type: 'p',
        text: 'The rent cap will apply from the start of the next financial year. Councils can introduce the second homes premium a year later, and Port Halden City Council has already indicated that it intends to adopt it, a move officials estimate could raise about £3.4m a year for the city’s housing budget.',
      },
    ],
  },

  // 9. Heatwave storyline (3/3): restrictions stay, featured
  {
    slug: 'water-restrictions-stay-until-autumn-halden-water',
    title: 'Hosepipe ban to stay until autumn despite weekend rain, Halden Water warns',
    kicker: 'Heatwave',
    dek: 'Reservoirs across the region remain far below normal after the heatwave, and the utility says a wet weekend has barely made a difference. It is also bringing forward £30m of work to cut leaks from ageing water mains.',
    section: 'climate',
    extraSections: ['business'],
    tags: ['heatwave', 'water', 'infrastructure'],
    authors: ['hallam-osei', 'tobias-renner'],
    hoursAgo: 110,
    featured: true,
    heroAlt: 'Illustration of a reservoir with a wide band of exposed, cracked earth around the waterline and a dam wall in the distance',
    heroCaption: 'Marrow Reservoir, which supplies most of Port Halden’s water, is at 38% of capacity.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#bc6c25', '#dda15e'],
    storyline: 'heatwave',
    body: [
      {
        type: 'p',
        text: 'The hosepipe ban covering Port Halden and most of the surrounding region will remain in place until at least the autumn, Halden Water said on Monday, despite the heaviest rainfall in nearly two months over the weekend. The utility said reservoir stocks had risen by less than one percentage point and were still well below normal for the time of year.',
      },
      {
        type: 'p',
        text: 'Marrow Reservoir, which supplies about 60% of the city’s water, stood at 38% of capacity on Monday morning, compared with a long-term average for the time of year of 71%. The smaller Ashby and Tollan reservoirs were at 44% and 52% respectively. Hydrologists said the ground was so dry after the heatwave that most of the rain had soaked into soil rather than running into rivers and reservoirs.',
      },
      {
        type: 'quote',
        text: 'A wet weekend after a summer like this one is like a single glass of water after a marathon. It helps, but it doesn’t make up the deficit. We need a wet autumn, and we need people to keep saving water. — Colm Ardagh, chief executive of Halden Water',
      },
      { type: 'h2', text: 'Leaks under scrutiny' },
      {
        type: 'p',
        text: 'The company is under pressure over leakage. Its own figures show that about 23% of the water it puts into supply is lost from pipes before it reaches customers, one of the highest rates in the country. Critics, including several city councillors, have argued that households should not be asked to cut back while so much is lost underground.',
      },
      {
        type: 'p',
        text: 'Ardagh said Halden Water would bring forward £30m of planned investment, replacing around 40 kilometres of Victorian-era mains in the Old Town and Eastbank over the next 18 months rather than five years. The company will also double the number of leak-detection crews working overnight, when lower demand makes leaks easier to hear with acoustic sensors.',
      },
      {
        type: 'p',
        text: 'Customers have responded to the ban, the company said, with average household use falling by 11% since it came into force, saving roughly 9 million litres a day. Anyone breaching the ban can in principle be fined up to £1,000, but the company said it had so far issued only written warnings, 64 in total.',
      },
      {
        type: 'p',
        text: 'The Westmarch Weather Service expects near-normal rainfall over the coming month. Forecasters said that even a wet autumn might leave reservoirs below average going into winter, and that Halden Water should plan for the possibility of restrictions next spring if the winter turns out to be dry.',
      },
    ],
  },

  // 10. Local politics: fish market housing
  {
    slug: 'old-fish-market-housing-plan-council-backs',
    title: 'Council backs plan to turn Wharf Street’s old fish market into 180 homes',
    kicker: 'Planning',
    dek: 'The Victorian market hall, empty since 2016, would be converted into flats with a public food hall on the ground floor. Forty percent of the homes would be let at social rents, the highest share of any city-centre scheme in a decade.',
    section: 'local-politics',
    tags: ['housing', 'city-council', 'fishing'],
    authors: ['ines-calloway'],
    hoursAgo: 140,
    heroAlt: 'Illustration of a Victorian market hall with a cast-iron and glass roof lantern, seen from a cobbled quayside',
    heroCaption: 'The market hall on Wharf Street has been empty since the fish auction moved in 2016.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#283618', '#606c38'],
    body: [
      {
        type: 'p',
        text: 'Port Halden City Council’s planning committee has approved a scheme to convert the city’s former fish market on Wharf Street into 180 homes, bringing one of the most prominent empty buildings on the waterfront back into use after almost a decade.',
      },
      {
        type: 'p',
        text: 'The listed market hall, built in 1884, closed in 2016 when the fish auction moved to a modern facility at the container port. Its cast-iron roof and glazed lantern will be restored, and the developer, the housing association Aske Homes, plans to build two new blocks of six and eight storeys within the footprint of the old loading yards behind it.',
      },
      { type: 'h2', text: 'Social rents and a food hall' },
      {
        type: 'p',
        text: 'Of the 180 homes, 72 will be let at social rents set by the council, with a further 36 offered for shared ownership. Councillors said that was the highest proportion of genuinely affordable housing in any city-centre development approved in at least ten years. The ground floor of the market hall will become a public food hall with space for 20 traders, including a fishmonger run by the Halden Fishermen’s Co-operative.',
      },
      {
        type: 'quote',
        text: 'For a hundred years this building fed the city. Now it is going to house part of it, and it will still be a place where you can buy fish caught that morning. — Councillor Margit Oduya, council leader',
      },
      {
        type: 'p',
        text: 'The committee voted seven to two in favour. The two members who voted against, both from Westmarch First, said the eight-storey block would overshadow neighbouring streets and that the scheme provided only 40 parking spaces. Heritage campaigners had also raised concerns about the height but withdrew their objection after the design was lowered by a storey earlier this year.',
      },
      {
        type: 'p',
        text: 'The building has been on the council’s list of heritage assets at risk for six years, and a survey last winter found that parts of the roof glazing were close to collapse. Aske Homes said emergency repairs to make the structure weathertight would begin within weeks, before the main construction contract is let.',
      },
      {
        type: 'p',
        text: 'Agnes Pettigrew, who chairs the fishermen’s co-operative, said members had mixed feelings about the building’s new life. ‘Some of the older skippers would rather it was still a market,’ she said, ‘but it’s been empty and falling down for years. A fish stall in the middle of it is better than nothing.’ Work is expected to begin next year and take about three years.',
      },
    ],
  },

  // 11. Sport: regatta cancelled, neighbour of heatwave
  {
    slug: 'halden-regatta-cancelled-algal-bloom-heat',
    title: 'Halden Regatta cancelled for first time in four decades as algal bloom spreads across the Sound',
    kicker: 'Sailing',
    dek: 'Organisers called off this year’s regatta after public health officials advised against contact with the water. The bloom, fuelled by weeks of heat and calm seas, has also closed three beaches on the eastern shore.',
    section: 'sport',
    extraSections: ['climate'],
    tags: ['sailing', 'heatwave', 'public-health'],
    authors: ['callum-brightwater'],
    hoursAgo: 160,
    heroAlt: 'Illustration of empty sailing dinghies pulled up on a slipway, with a greenish tint spreading across the water beyond',
    heroCaption: 'Around 260 boats had been entered for the weekend’s racing.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#006d77', '#83c5be'],
    body: [
      {
        type: 'p',
        text: 'The Halden Regatta, one of the oldest sailing events in the region, has been cancelled for the first time since 1983 after a blue-green algal bloom spread across large parts of Halden Sound during the heatwave. Around 260 boats and more than 600 sailors had been due to take part over the weekend.',
      },
      {
        type: 'p',
        text: 'The Halden Sound Sailing Club, which organises the regatta, said it had taken the decision after the regional public health service advised that people should avoid contact with the water in the affected areas. Some types of cyanobacteria produce toxins that can cause skin rashes, stomach upsets and, in rare cases, more serious illness if water is swallowed.',
      },
      {
        type: 'quote',
        text: 'We looked at every option, including moving the courses further out, but the bloom has been drifting with the tide and we could not guarantee anyone’s safety. It is a desperately sad day for the club. — Philippa Drake, commodore of the Halden Sound Sailing Club',
      },
      { type: 'h2', text: 'Heat and calm seas' },
      {
        type: 'p',
        text: 'Dr Yusuf Bakare-Lind, the region’s director of public health, said blooms of this size were rare in the Sound but had become more likely as summers grew hotter. More than two weeks of temperatures above 28C, little wind and high nutrient levels in the water had created ideal conditions, he said, and the bloom would probably persist until the weather broke.',
      },
      {
        type: 'p',
        text: 'Three beaches on the eastern shore, at Marram Bay, Tollan Sands and Kell Cove, have been closed to swimmers, and dog owners have been told to keep pets out of the water. The harbour authority said commercial shipping and the Sound Ferries crossing were not affected, and that it was monitoring the bloom with daily water samples.',
      },
      {
        type: 'p',
        text: 'For many competitors the news came too late to change plans. Crews from as far away as the Dunmore peninsula had already towed their boats to Port Halden, and the club’s dinghy park on the Old Town waterfront was full on Thursday evening. Several sailors said they understood the decision but were heartbroken to miss a regatta some had attended every year since childhood.',
      },
      {
        type: 'p',
        text: 'The cancellation is a blow to local businesses, which rely on the regatta to fill hotels and restaurants at the height of the summer. The club estimated that the event brings around £1.5m into the local economy each year. Drake said entry fees would be refunded in full and that the club was looking at whether some of the junior races could be rescheduled later in the season.',
      },
    ],
  },

  // 12. Business: mackerel prices, neighbour of heatwave
  {
    slug: 'mackerel-prices-climb-warm-water-shoals-north',
    title: 'Mackerel prices climb as warming seas push shoals away from Halden’s fishing grounds',
    kicker: 'Fishing',
    dek: 'Skippers report landing a fraction of their usual summer catch as record sea temperatures drive mackerel into cooler water further north. Prices at the Port Halden fish auction have risen by almost half in a month.',
    section: 'business',
    extraSections: ['climate'],
    tags: ['fishing', 'coastline'],
    authors: ['tobias-renner', 'hallam-osei'],
    hoursAgo: 180,
    heroAlt: 'Illustration of a small fishing boat at sea with a nearly empty fish box on deck and a shimmering, heat-hazed horizon',
    heroCaption: 'Some boats are steaming twice as far as usual to find fish.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#023e8a', '#48cae4'],
    body: [
      {
        type: 'p',
        text: 'The price of mackerel at Port Halden’s fish auction has risen by 46% in four weeks as boats return with a fraction of their normal catch, with skippers and scientists both pointing to unusually warm water in the seas around the Skerrin Isles as the cause.',
      },
      {
        type: 'p',
        text: 'Figures from the auction show that an average of 38 tonnes of mackerel a week has been landed in Port Halden this summer, compared with about 110 tonnes in the same weeks last year. The average price per kilo paid by buyers has climbed from £1.32 to £1.93, the highest level since the auction began publishing data in 2004.',
      },
      { type: 'h2', text: 'Following the fish' },
      {
        type: 'p',
        text: 'Mackerel prefer water between roughly 9C and 14C and move quickly when conditions change. Surface temperatures recorded by a buoy off Halden Point reached 19.4C during the heatwave, more than 4C above the average for the time of year, according to the University of Port Halden’s marine station.',
      },
      {
        type: 'quote',
        text: 'We’re steaming twice as far and burning twice the fuel to find half the fish. Some days the sounder shows nothing at all until you are almost at the Skerrins. — Agnes Pettigrew, chair of the Halden Fishermen’s Co-operative',
      },
      {
        type: 'p',
        text: 'Pettigrew said several of the co-operative’s 46 boats had stopped fishing for mackerel altogether and switched to crab and lobster, which are less affected by surface temperatures. Others were tying up for days at a time because the cost of diesel meant that long trips no longer paid.',
      },
      {
        type: 'p',
        text: 'Dr Tamsin Okafor, a fisheries scientist at the marine station, said the shift was consistent with a longer-term trend. Over the past 30 years the centre of the mackerel population in the wider region has moved roughly 250 kilometres north, she said, and marine heatwaves like this summer’s could speed up that movement by disrupting spawning and feeding.',
      },
      {
        type: 'p',
        text: 'Fish merchants said the higher prices were starting to reach shops and restaurants. Vinnie Albarran, who runs a wholesale business at the container port, said he had begun buying frozen mackerel from further north to meet orders. ‘Customers want local fish,’ he said. ‘At the moment, local fish is the one thing I can’t reliably give them.’',
      },
    ],
  },

  // 13. Harbour Bridge storyline (3/4): repair plan, with correction
  {
    slug: 'council-approves-harbour-bridge-repair-plan',
    title: 'Council approves £48.2m Harbour Bridge repair plan, with full reopening targeted for spring',
    kicker: 'Harbour Bridge',
    dek: 'Councillors voted unanimously for a plan to replace the corroded cable anchorages and install a dehumidification system. The regional government will cover just over half the cost, but the city must borrow the rest.',
    section: 'local-politics',
    extraSections: ['business'],
    tags: ['harbour-bridge', 'budget', 'city-council', 'infrastructure'],
    authors: ['ines-calloway'],
    hoursAgo: 200,
    heroAlt:
      'Illustration of a council chamber with raised hands voting, and a technical drawing of a suspension bridge anchorage on a screen behind',
    heroCaption: 'Councillors from all parties backed the plan at a special meeting on Wednesday.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#1d3557', '#a8dadc'],
    storyline: 'harbour-bridge',
    corrections: [
      {
        daysAfterPublish: 1,
        text: 'An earlier version of this article said the regional government would contribute £28m. The correct figure is £25m, with the remaining £23.2m to be borrowed by the city council.',
      },
    ],
    body: [
      {
        type: 'p',
        text: 'Port Halden City Council has approved a £48.2m plan to repair the Harbour Bridge, committing the city to its largest single infrastructure project in a generation just over two weeks after the crossing was closed because of severe corrosion in its main cable anchorages.',
      },
      {
        type: 'p',
        text: 'At a special meeting on Wednesday evening, councillors from all parties voted in favour of the scheme, which was drawn up by the consulting engineers Marlowe & Keane. It involves replacing the cast-steel anchorage housings at both ends of the bridge, re-tensioning the two main cables, and fitting a system that pumps dry air through the cables to prevent further corrosion.',
      },
      { type: 'h2', text: 'Who pays' },
      {
        type: 'p',
        text: 'The regional government has agreed to contribute £25m from its strategic transport fund. The remaining £23.2m will be borrowed by the council over 30 years, adding an estimated £1.4m a year to its debt repayments. Officials said the borrowing could be absorbed without cuts to frontline services, but warned that other projects, including the refurbishment of two leisure centres, would be delayed by at least a year.',
      },
      {
        type: 'quote',
        text: 'Nobody on this council wanted to spend this money this way. But the bridge is the spine of this city, and every week it stays closed costs our residents and our businesses dearly. — Councillor Dev Pallister, cabinet member for transport',
      },
      {
        type: 'p',
        text: 'The council’s own estimate puts the cost of the closure to the local economy at around £2m a week, taking into account longer journeys, lost trade in Eastbank and the cost of running extra ferry and bus services. Around 38,000 vehicles a day crossed the bridge before it was shut.',
      },
      {
        type: 'p',
        text: 'Opposition councillors supported the plan but pressed officials on why the corrosion had not been detected sooner. Owen Tresize, the council’s director of highways, said the anchorages had last been opened up for close inspection in 2012 and that visual checks since then had not shown signs of the damage now found. An independent review of the inspection regime is under way.',
      },
      { type: 'h2', text: 'The timetable' },
      {
        type: 'list',
        items: [
          'Temporary supports at the eastern anchorage: installation under way, due to be complete within ten days',
          'Partial reopening to buses, cyclists and pedestrians: possible within two months, if load tests allow',
          'Replacement of the anchorage housings: through the winter',
          'Full reopening to all traffic: targeted for the spring',
        ],
      },
    ],
  },

  // 14. Culture: theatre review
  {
    slug: 'review-the-salt-road-quayside-theatre',
    title: 'Review: The Salt Road is a quietly devastating portrait of a fishing family in decline',
    kicker: 'Theatre review',
    dek: 'Morwenna Quill’s new play at the Quayside Theatre follows three generations of a Skerrin Isles family over a single winter. It is slow to start, but its final half-hour is among the most affecting drama staged in the city in years.',
    section: 'culture',
    tags: ['arts', 'fishing'],
    authors: ['nadia-ferreira-holm'],
    hoursAgo: 220,
    heroAlt:
      'Illustration of an old man sitting on an upturned crate in a dim net loft, with coiled ropes and a single shaft of light from a window',
    heroCaption: 'Arthur Bellweather as Davy Keir in The Salt Road.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#22223b', '#9a8c98'],
    body: [
      {
        type: 'p',
        text: 'There is a moment near the end of The Salt Road when Davy Keir, a fisherman in his seventies, sits on an upturned crate in his empty net loft and tries to explain to his granddaughter what the sea used to sound like when the herring were running. He cannot find the words, and the silence that follows says more than any speech could.',
      },
      {
        type: 'p',
        text: 'Morwenna Quill’s new play, which opened at the Quayside Theatre on Thursday, is full of silences like that. Set on the Skerrin Isles over the course of a single winter, it follows the Keir family as their last boat is sold, their youngest son leaves for work on the offshore wind farms, and the old man refuses to accept that a way of life is ending.',
      },
      { type: 'h2', text: 'A slow build' },
      {
        type: 'p',
        text: 'It takes its time. The first act, built around a long family dinner, meanders, and some of the exposition about fishing quotas feels as though it has been lifted from a briefing paper. Newcomers to the islands may find the dialect hard going at first, though the rhythm of the language soon becomes part of the pleasure.',
      },
      {
        type: 'p',
        text: 'But the patience pays off. Arthur Bellweather gives a performance of enormous restraint as Davy, a man whose pride is the only thing left that he owns, and Nia Feltham is superb as his daughter Ishbel, caught between loyalty to her father and fury at what his stubbornness has cost the family. Their final scene together is almost unbearable to watch.',
      },
      { type: 'quote', text: 'A play about what is lost when work disappears, and about the people who stay behind to count the cost.' },
      {
        type: 'p',
        text: 'Kasia Obi’s set, a net loft whose walls slowly empty as the family’s possessions are sold, is simple and devastatingly effective, and the sound design, built from recordings made in island harbours, conjures the sea without ever showing it. The lighting, all grey dawns and lamp-lit evenings, does much of the storytelling.',
      },
      {
        type: 'p',
        text: 'This is not a perfect play, and at two hours 40 minutes it would benefit from some trimming. But it is an honest and deeply felt one, written with obvious love for the islands and the people who have fished from them for generations. The Salt Road runs at the Quayside Theatre until the end of next month. Four stars.',
      },
    ],
  },

  // 15. Culture: Playhouse hit by bridge closure (neighbour of the saga)
  {
    slug: 'halden-playhouse-cuts-matinees-bridge-closure',
    title: 'Halden Playhouse cuts matinees as Harbour Bridge closure keeps Eastbank audiences away',
    kicker: 'Theatre',
    dek: 'Ticket sales at the Old Town theatre have fallen by almost 30% since the Harbour Bridge was closed, with older audiences from across the estuary hit hardest. The theatre is asking the city council for emergency help.',
    section: 'culture',
    extraSections: ['business'],
    tags: ['arts', 'harbour-bridge', 'transport'],
    authors: ['nadia-ferreira-holm'],
    hoursAgo: 240,
    heroAlt: 'Illustration of an Edwardian theatre facade at dusk with a ‘matinee cancelled’ notice on the door and a half-empty street',
    heroCaption: 'The 620-seat Halden Playhouse draws about a third of its audience from Eastbank.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#540b0e', '#e09f3e'],
    body: [
      {
        type: 'p',
        text: 'The Halden Playhouse is to cancel all weekday matinee performances until further notice after ticket sales fell by almost 30% in the fortnight since the closure of the Harbour Bridge, the Old Town theatre said on Thursday. Evening shows will continue, but with reduced seating in the upper circle.',
      },
      {
        type: 'p',
        text: 'The 620-seat playhouse, which dates from 1911, draws about a third of its audience from Eastbank and the villages beyond it. Since the bridge was shut, the journey by car from much of Eastbank has taken at least 40 minutes longer, and queues for the ferry after evening performances have left some theatregoers waiting on the quay until well after 11pm.',
      },
      {
        type: 'quote',
        text: 'Our matinee audiences are mostly older people from across the water who don’t drive long distances and don’t want to stand in a ferry queue. Those are exactly the people who can no longer get here. — Bea Farrant, artistic director of the Halden Playhouse',
      },
      { type: 'h2', text: 'A theatre under pressure' },
      {
        type: 'p',
        text: 'Farrant said the playhouse had lost an estimated £46,000 in ticket income in two weeks and faced a similar loss every fortnight for as long as the bridge remained closed. The theatre receives about 18% of its income from public funding and relies on box office sales for most of the rest, leaving it little room to absorb a prolonged drop.',
      },
      {
        type: 'p',
        text: 'The playhouse has written to the city council asking for emergency support and for Sound Ferries to hold a dedicated crossing for audiences leaving evening shows. It is also trialling a shuttle minibus from two Eastbank pick-up points, funded by a local building firm, and offering refunds or exchanges to anyone unable to make the journey.',
      },
      {
        type: 'p',
        text: 'Other venues in the Old Town report similar problems. The Quayside Theatre said advance bookings were down by around a fifth, and several restaurants said Friday and Saturday evenings had been noticeably quieter. The Old Town Business Improvement District has called on the council to publish a timetable for the bridge repairs as quickly as possible so that businesses can plan.',
      },
      {
        type: 'p',
        text: 'A council spokesperson said it recognised the ‘serious impact’ of the closure on the cultural sector and was considering a hardship fund for affected businesses. Engineers are expected to present repair options to councillors within days, and the council has said it will set out a timetable, and decide on any support for businesses, once a plan has been agreed.',
      },
    ],
  },

  // 16. Science: kelp die-off, neighbour of heatwave
  {
    slug: 'kelp-forest-die-off-record-sea-temperatures',
    title: 'Marine biologists record mass kelp die-off off Halden Point as sea temperatures break records',
    kicker: 'Marine science',
    dek: 'Divers from the University of Port Halden found that more than half of the kelp in a long-studied underwater forest had died or was badly damaged after days of record-breaking water temperatures during the heatwave.',
    section: 'science',
    extraSections: ['climate'],
    tags: ['research', 'coastline', 'heatwave'],
    authors: ['aoife-marchetti', 'hallam-osei'],
    hoursAgo: 250,
    heroAlt: 'Illustration of an underwater scene with a diver swimming over patches of bare rock between a few surviving strands of kelp',
    heroCaption: 'In the shallowest parts of the forest, about 80% of the kelp has been lost.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#184e77', '#76c893'],
    body: [
      {
        type: 'p',
        text: 'More than half of the kelp in one of the most closely studied underwater forests on the Westmarch coast has died or been severely damaged during the heatwave, according to marine biologists at the University of Port Halden, who say the scale of the loss has taken them by surprise.',
      },
      {
        type: 'p',
        text: 'A team of divers surveyed the forest off Halden Point on Monday and Tuesday, following transects that have been monitored every year since 2006. They found that 54% of the large brown kelp plants along the survey lines were dead, detached or had lost most of their fronds. In the shallowest areas, less than four metres deep, the figure was closer to 80%.',
      },
      { type: 'h2', text: 'A marine heatwave' },
      {
        type: 'p',
        text: 'Sea surface temperatures recorded by the university’s buoy off Halden Point have been above 18C for 11 consecutive days, peaking at 19.4C last weekend. The long-term average for the time of year is around 15C. Kelp grows best in cool water and begins to suffer when temperatures stay above about 17C for extended periods, especially in shallow, sunlit water.',
      },
      {
        type: 'quote',
        text: 'We have seen bad years before, but nothing like this. Places where I could barely swim through the kelp a year ago are now bare rock covered in a film of algae. — Dr Lise Marrack, marine ecologist, University of Port Halden',
      },
      {
        type: 'p',
        text: 'Kelp forests provide shelter and food for hundreds of species, including juvenile cod, pollock and lobster, and help protect the shoreline by absorbing wave energy. Dr Marrack said the loss could have knock-on effects for inshore fisheries for several years, as young fish lose the habitat they depend on.',
      },
      {
        type: 'p',
        text: 'Whether the forest recovers will depend on what happens next. Kelp can regrow quickly from surviving plants and spores if conditions return to normal, and the team found healthy plants in deeper water below eight metres. But repeated heatwaves can tip forests into a different state, dominated by low turf algae, from which recovery is much harder.',
      },
      {
        type: 'p',
        text: 'The researchers plan to return to the site monthly for the next year and have asked recreational divers and snorkellers to report observations through the university’s website. The findings will be shared with the regional environment agency, which is considering whether to extend a protected area along the Halden Point shoreline.',
      },
    ],
  },

  // 17. Heatwave storyline (2/3): hosepipe ban
  {
    slug: 'hosepipe-ban-halden-water-reservoirs-fall',
    title: 'Hosepipe ban imposed across Port Halden as reservoir levels fall to 41%',
    kicker: 'Heatwave',
    dek: 'Halden Water has introduced its first hosepipe ban in nine years, covering 410,000 homes, after the driest spring and early summer on record combined with surging demand during the heatwave.',
    section: 'climate',
    tags: ['heatwave', 'water', 'public-health'],
    authors: ['hallam-osei'],
    hoursAgo: 260,
    heroAlt: 'Illustration of a coiled garden hosepipe on a parched lawn beside a wilting vegetable patch under a harsh sun',
    heroCaption: 'The ban applies to around 410,000 homes across the Halden Water supply area.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#9c6644', '#ede0d4'],
    storyline: 'heatwave',
    body: [
      {
        type: 'p',
        text: 'A hosepipe ban will come into force across Port Halden and most of the surrounding region from Saturday, Halden Water announced on Wednesday, as reservoir stocks fell to their lowest level for the time of year since records began. The restrictions will apply to about 410,000 homes and are the first of their kind in the region since 2016.',
      },
      {
        type: 'p',
        text: 'Marrow Reservoir, the largest in the company’s network, was at 41% of capacity on Wednesday morning, down from 63% a month ago. Halden Water said demand had reached 212 million litres a day during the heatwave, around 30% above normal, as people watered gardens, filled paddling pools and washed cars in temperatures that have topped 30C for most of the past twelve days.',
      },
      { type: 'h2', text: 'What the ban means' },
      {
        type: 'list',
        items: [
          'Banned: using a hosepipe to water gardens or allotments, or to clean cars, boats, patios or windows',
          'Banned: filling private swimming pools, hot tubs and ornamental ponds',
          'Banned: sprinklers and other automatic watering systems',
          'Still allowed: watering cans and buckets, commercial car washes, and hoses connected to water butts',
        ],
      },
      {
        type: 'quote',
        text: 'We know this is frustrating, but every litre saved now is a litre in the reservoir when we need it later in the year. If everyone makes small changes, we can avoid much tougher measures. — Colm Ardagh, chief executive of Halden Water',
      },
      {
        type: 'p',
        text: 'The company said it had considered introducing restrictions earlier but held off in the hope that forecast rain would materialise. The Westmarch Weather Service said rainfall across the region over the past four months had been 48% of the average, making it the driest such period since its records began in 1891.',
      },
      {
        type: 'p',
        text: 'Anyone who breaks the ban can face a fine of up to £1,000, although the company said it would focus on advice rather than enforcement. Halden Water will also reduce water pressure at night in some areas to limit losses from leaking pipes, which it said could cause low pressure for homes on high ground in the early morning.',
      },
      {
        type: 'p',
        text: 'Some councillors said the company should be doing more about leaks before asking customers to cut back. Councillor Ruth Ambrose, who chairs the city council’s scrutiny committee, said it was ‘hard to tell people to stop watering their tomatoes when a quarter of the water is pouring out of broken pipes’. The company said it was fixing around 300 leaks a week.',
      },
      {
        type: 'p',
        text: 'Public health officials stressed that the restrictions do not affect drinking water. With temperatures forecast to stay above 28C into next week, residents were urged to keep drinking plenty of fluids, to avoid strenuous activity in the afternoon and to check regularly on elderly neighbours.',
      },
    ],
  },

  // 18. Football: stadium plan
  {
    slug: 'halden-rovers-stadium-plan-gasworks-site',
    title: 'Halden Rovers unveil plans for a 12,000-seat stadium on former gasworks site',
    kicker: 'Football',
    dek: 'The club wants to leave Aske Road, its home since 1904, for a new ground on the eastern edge of the city that would include 400 homes and a community sports hub. It says the move is essential to its long-term survival.',
    section: 'football',
    extraSections: ['business'],
    tags: ['halden-rovers', 'housing', 'city-council'],
    authors: ['callum-brightwater', 'tobias-renner'],
    hoursAgo: 280,
    heroAlt:
      'Illustration of an architect’s model of a modern football stadium surrounded by blocks of flats and green pitches beside a marsh',
    heroCaption: 'An early visualisation of the proposed stadium at Tollan Marsh.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#03045e', '#00b4d8'],
    body: [
      {
        type: 'p',
        text: 'Halden Rovers have unveiled plans to leave Aske Road, their home for more than 120 years, and build a 12,000-seat stadium on the site of the former gasworks at Tollan Marsh, on the eastern edge of Port Halden. The club says the move would almost double its capacity and secure its long-term future.',
      },
      {
        type: 'p',
        text: 'Under the proposals, submitted to the city council on Friday, the stadium would be built alongside around 400 homes, a hotel and a community sports hub with three all-weather pitches. The housing would be sold to fund much of the stadium’s estimated £65m cost, with the rest coming from the sale of Aske Road, which would itself be redeveloped for homes.',
      },
      { type: 'h2', text: 'An ageing ground' },
      {
        type: 'p',
        text: 'Aske Road has a capacity of 6,400, limited by safety rules since its main stand was partly closed in 2019 after cracks were found in the concrete terracing. The club says the ground cannot be extended because it is hemmed in by housing on three sides and by the railway on the fourth, and that repairs would cost more than £10m without adding a single seat.',
      },
      {
        type: 'quote',
        text: 'We love Aske Road. Generations of families have stood on those terraces. But loving a place is not the same as being able to survive in it, and we have to think about the next hundred years. — Rhona Baptiste, Halden Rovers chair',
      },
      {
        type: 'p',
        text: 'The gasworks site has been empty since the early 1990s and will need extensive decontamination before any building can begin. The club said it had commissioned soil surveys and expected the clean-up to take at least 18 months, meaning the earliest the stadium could open would be in four years.',
      },
      {
        type: 'p',
        text: 'Reaction among supporters has been mixed. The Rovers Supporters’ Trust said it would consult its 2,100 members before taking a position, but some fans have questioned whether a ground on the edge of the city would be as easy to reach as Aske Road, a short walk from the Old Town. The club said it would fund a shuttle bus on match days and a new footpath linking the site to Tollan station.',
      },
      {
        type: 'p',
        text: 'The plans will go to public consultation next month. Councillor Dev Pallister said the council would assess them ‘on their merits’ and that transport links would be a central consideration, particularly while the Harbour Bridge remains closed and traffic on the eastern approaches is already heavy.',
      },
    ],
  },

  // 19. Heatwave storyline (1/3): hottest day
  {
    slug: 'port-halden-hottest-day-on-record-heatwave',
    title: 'Port Halden records its hottest day ever as heatwave tightens its grip on the coast',
    kicker: 'Heatwave',
    dek: 'Temperatures reached 34.1C at the city’s weather station on Tuesday, beating a record set in 1976. Health officials have issued an amber heat alert, and the hospital reports a sharp rise in admissions among older people.',
    section: 'climate',
    tags: ['heatwave', 'public-health', 'water'],
    authors: ['hallam-osei'],
    hoursAgo: 330,
    heroAlt: 'Illustration of a crowded beach and harbour wall under a blazing white sun, with a large thermometer graphic reading 34.1C',
    heroCaption: 'The thermometer on Harbour Hill reached 34.1C at 3.40pm on Tuesday.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#d00000', '#ffba08'],
    storyline: 'heatwave',
    body: [
      {
        type: 'p',
        text: 'Port Halden recorded its highest temperature on record on Tuesday, as the heatwave that has gripped the Westmarch coast for nine days reached its peak. The thermometer at the city’s weather station on Harbour Hill reached 34.1C at 3.40pm, beating the previous record of 33.2C set in the summer of 1976.',
      },
      {
        type: 'p',
        text: 'Several other places in the region also broke records. Tollan, in the Aske valley, reached 35.6C, the highest temperature ever measured in the Westmarch, while the Skerrin Isles, usually cooled by sea breezes, recorded 29.8C. Overnight temperatures in the city have not fallen below 20C for five consecutive nights, making sleep difficult for many residents.',
      },
      { type: 'h2', text: 'Hospitals under pressure' },
      {
        type: 'p',
        text: 'The regional public health service has issued an amber heat alert, warning that the heat poses a risk to people over 65, young children and those with heart or lung conditions. Halden General Hospital said emergency admissions of people over 75 had risen by around 20% compared with a normal week, with many suffering from dehydration, falls or breathing problems.',
      },
      {
        type: 'quote',
        text: 'Most heat-related deaths happen at home, often to people living alone who don’t realise how hot their homes have become. Please check on your neighbours, especially older people, at least once a day. — Dr Yusuf Bakare-Lind, director of public health for the Westmarch',
      },
      {
        type: 'p',
        text: 'The city council has opened five cool spaces in libraries and community centres, extended opening hours at public swimming pools and set up water stations in the Old Town. Outdoor workers on council contracts have been told to start earlier and stop during the hottest part of the afternoon.',
      },
      {
        type: 'p',
        text: 'Forecasters said the heat was caused by a slow-moving area of high pressure that had drawn hot air from the south and settled over the region. Lotte Vries, a senior forecaster at the Westmarch Weather Service, said temperatures were likely to ease slightly by the weekend but remain well above average for at least another week, with little rain in sight.',
      },
      {
        type: 'p',
        text: 'The heat is also putting strain on water supplies. Halden Water said demand had hit record levels and urged customers to avoid using sprinklers and to take shorter showers. The company said it was monitoring reservoir levels closely and did not rule out a hosepipe ban if the dry weather continued.',
      },
    ],
  },

  // 20. Sport: record row
  {
    slug: 'elin-matheson-solo-row-skerrin-isles-record',
    title: 'Port Halden rower Elin Matheson completes record solo crossing to the Skerrin Isles',
    kicker: 'Rowing',
    dek: 'The 29-year-old physiotherapist rowed 74 kilometres of open sea in 11 hours and 52 minutes, beating a record that had stood since 1998, and raised more than £40,000 for the regional lifeboat service.',
    section: 'sport',
    tags: ['sailing', 'coastline'],
    authors: ['callum-brightwater'],
    hoursAgo: 350,
    heroAlt: 'Illustration of a lone rower in a small ocean rowing boat on a calm sea, with the outline of islands on the horizon',
    heroCaption: 'Elin Matheson nears Kellan harbour on the final leg of her crossing.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#0077b6', '#f4a261'],
    body: [
      {
        type: 'p',
        text: 'Elin Matheson stepped onto the slipway at Kellan harbour on Sunday evening, 11 hours and 52 minutes after leaving Port Halden, to become the fastest person to row solo from the mainland to the Skerrin Isles. Her time beat the previous record, set by the islander Tam Rossiter in 1998, by 41 minutes.',
      },
      {
        type: 'p',
        text: 'Matheson, a 29-year-old physiotherapist at Halden General Hospital, set off from the Old Town slipway at 5am in a 7-metre ocean rowing boat she had bought second-hand and restored over two winters. She was accompanied by a safety boat from the regional lifeboat service but received no physical assistance during the 74-kilometre crossing.',
      },
      { type: 'h2', text: 'Calm seas, fierce heat' },
      {
        type: 'p',
        text: 'Conditions were close to ideal for much of the day, with light winds and a gentle swell, but the early days of the heatwave brought their own challenges. Temperatures on the water reached 27C by midday, and Matheson said she drank more than nine litres of water and had to stop several times to cool down by pouring seawater over her head.',
      },
      {
        type: 'quote',
        text: 'The last three hours were the hardest thing I have ever done. I could see the islands for what felt like forever and they just did not get any closer. — Elin Matheson',
      },
      {
        type: 'p',
        text: 'The crossing follows a route once used by island ferries before motorised boats took over, passing south of the Carrow Bank and then across open water exposed to the ocean swell. Strong tidal currents around the islands mean rowers have to time their approach carefully, and several previous record attempts have been abandoned within sight of Kellan.',
      },
      {
        type: 'p',
        text: 'Matheson began rowing seriously only four years ago after a knee injury ended her career as a competitive runner. She trained mostly before work, covering up to 120 kilometres a week on the Sound. Her attempt raised more than £40,000 for the lifeboat service, whose crew rescued her father after his fishing boat capsized off Halden Point in 2011.',
      },
      {
        type: 'p',
        text: 'Tam Rossiter, whose record she broke, was among the crowd of around 200 people waiting at Kellan. ‘Records are there to be broken,’ he said. ‘I’m just glad it was someone who knows and respects these waters.’ He presented her with a bottle of island whisky that he said he had been saving for the occasion for 26 years.',
      },
    ],
  },

  // 21. Culture: logbooks returned
  {
    slug: 'maritime-museum-returns-whaling-logbooks-skerrin',
    title: 'Maritime Museum returns 19th-century whaling logbooks to Skerrin Isles archive',
    kicker: 'Heritage',
    dek: 'Twenty-three logbooks kept by island crews between 1821 and 1868 will go back to Kellan after more than a century in Port Halden. Islanders have campaigned for their return since the 1970s, and digital copies will be published online.',
    section: 'culture',
    tags: ['arts', 'research'],
    authors: ['nadia-ferreira-holm'],
    hoursAgo: 380,
    heroAlt: 'Illustration of an open leather-bound logbook with handwritten entries and an ink sketch of a whale, beside a brass compass',
    heroCaption: 'The logbooks include daily weather records and sketches made by crew members.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#7f5539', '#ddb892'],
    body: [
      {
        type: 'p',
        text: 'Twenty-three logbooks kept by whaling crews from the Skerrin Isles in the 19th century will be returned to the islands after more than a hundred years in the collection of the Port Halden Maritime Museum, the museum’s trustees announced on Tuesday.',
      },
      {
        type: 'p',
        text: 'The logbooks, which record voyages made between 1821 and 1868, were bought by the museum’s founder, a Port Halden shipowner, from an island family in 1909. They contain daily entries on weather, positions, catches and life on board, along with sketches of whales, coastlines and crew members, and are among the most detailed records of the island whaling industry that survive.',
      },
      { type: 'h2', text: 'A long campaign' },
      {
        type: 'p',
        text: 'Islanders have campaigned for the return of the logbooks since the 1970s, arguing that they belong with the families whose ancestors wrote them. The Skerrin Isles Archive in Kellan opened a new climate-controlled reading room last year, removing what the museum had long described as the main obstacle: the lack of a suitable place to store fragile documents on the islands.',
      },
      {
        type: 'quote',
        text: 'These books were written by our great-great-grandfathers, in their own hands, in the worst conditions you can imagine. Having them home means people here can sit down and read the words of their own families. — Marsaili Gunn, chair of the Skerrin Isles Archive trust',
      },
      {
        type: 'p',
        text: 'Dr Ingrid Salo, the museum’s senior curator, said the trustees’ decision had been unanimous. She said attitudes in museums had changed, and that the question was no longer simply who could look after objects best but who had the strongest connection to them. The museum will keep high-resolution digital copies, which will be made freely available online.',
      },
      {
        type: 'p',
        text: 'Researchers have welcomed the digitisation as much as the return. Dr Marcus Reyes, a historian at the University of Port Halden, said the logbooks had been consulted by only a handful of scholars because of their fragility. His team has used similar records to reconstruct historical weather patterns, and hopes the island logbooks will add valuable data on 19th-century storms in the region.',
      },
      {
        type: 'p',
        text: 'The logbooks will travel to Kellan on the island ferry next month, accompanied by the museum’s conservators, and will go on display at the archive for a three-month exhibition before being moved to permanent storage. A public reading of selected entries is planned for the opening night.',
      },
    ],
  },

  // 22. Harbour Bridge storyline (2/4): ferries
  {
    slug: 'sound-ferries-extra-sailings-bridge-closure',
    title: 'Sound Ferries doubles sailings as Harbour Bridge closure lengthens commutes across the estuary',
    kicker: 'Harbour Bridge',
    dek: 'The operator has chartered a second vessel and will run a crossing every ten minutes at peak times. Passenger numbers on the Old Town to Eastbank route have more than tripled since the bridge was shut last week.',
    section: 'business',
    extraSections: ['local-politics'],
    tags: ['harbour-bridge', 'transport', 'shipping'],
    authors: ['tobias-renner'],
    hoursAgo: 410,
    storyline: 'harbour-bridge',
    heroAlt:
      'Illustration of a long queue of commuters on a quayside boarding a small passenger ferry, with the closed suspension bridge in the background',
    heroCaption: 'Queues at the Old Town quay have stretched along the waterfront at peak times.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#335c67', '#e09f3e'],
    body: [
      {
        type: 'p',
        text: 'Sound Ferries will double the number of sailings on its passenger crossing between Port Halden’s Old Town and Eastbank from Monday, as thousands of commuters abandon their cars in the face of long diversions caused by the closure of the Harbour Bridge.',
      },
      {
        type: 'p',
        text: 'The company said it had chartered a second vessel, the 250-passenger Kittiwake, from an operator on the Skerrin Isles route, and would run a crossing every ten minutes between 6.30am and 9.30am and between 4pm and 7pm. Off-peak services will run every 20 minutes until midnight, compared with every half hour until 9pm before the closure.',
      },
      { type: 'h2', text: 'Passenger numbers triple' },
      {
        type: 'p',
        text: 'Passenger numbers on the eight-minute crossing have risen from around 2,800 a day before the closure to more than 9,000 on Thursday, according to the company. Queues at the Old Town quay stretched along the waterfront on several mornings this week, and some passengers reported waiting for three sailings before they could board.',
      },
      {
        type: 'quote',
        text: 'We have never seen anything like it. Our crews have been magnificent, but one boat simply cannot carry that many people, so we have moved as fast as we can to bring in a second. — Ruairi Coyle, managing director of Sound Ferries',
      },
      {
        type: 'p',
        text: 'The city council has agreed to cover part of the cost of the extra services, which Coyle estimated at around £85,000 a month, and will introduce a temporary fare cap of £1.50 per crossing for holders of its travel card. Single fares for other passengers will remain at £2.80. The council has also suspended parking charges at the Eastbank ferry terminal car park.',
      },
      {
        type: 'p',
        text: 'For businesses, the ferry has become a lifeline. Several employers in the Old Town said they had allowed staff who live in Eastbank to start later or work from home, while the container port, on the eastern side of the estuary, has laid on a minibus between the ferry terminal and its gates for shift workers.',
      },
      {
        type: 'p',
        text: 'Coyle said the company could add a third boat if demand kept rising, but warned that the quay at the Old Town was not designed for such volumes. The council said it was looking at installing a temporary second pontoon to speed up boarding, and would update passengers as soon as it had a timetable for the bridge repairs.',
      },
    ],
  },

  // 23. Science: seaweed nets
  {
    slug: 'seaweed-bioplastic-fishing-nets-university-port-halden',
    title: 'University team develops seaweed-based netting that could stop lost fishing gear polluting the sea',
    kicker: 'Materials science',
    dek: 'Researchers in Port Halden have made netting from a seaweed-derived polymer that is as strong as nylon when new but breaks down in seawater within about two years. Trials with local fishing boats begin next spring.',
    section: 'science',
    tags: ['research', 'fishing', 'coastline'],
    authors: ['aoife-marchetti'],
    hoursAgo: 430,
    heroAlt:
      'Illustration of a scientist in a laboratory stretching a sample of greenish netting between two clamps, with seaweed in a glass tank behind',
    heroCaption: 'Samples of the new netting undergoing strength tests at the university.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#2d6a4f', '#b7e4c7'],
    body: [
      {
        type: 'p',
        text: 'Scientists at the University of Port Halden have developed a fishing net made from a material derived from seaweed that they say could help tackle one of the most persistent forms of ocean pollution: so-called ghost nets, which are lost or abandoned at sea and continue to trap fish, seabirds and marine mammals for decades.',
      },
      {
        type: 'p',
        text: 'Conventional fishing nets are made from nylon or polyethylene and can survive in the ocean for hundreds of years. The new material is a blend of alginate, a polymer extracted from brown seaweed, and a biodegradable polyester. In laboratory tests described in a paper published this week, netting made from it was as strong as standard nylon netting of the same thickness when new.',
      },
      { type: 'h2', text: 'Built to break down' },
      {
        type: 'p',
        text: 'The key difference is what happens when the nets are lost. In tanks of circulating seawater kept at temperatures typical of the region’s coastal waters, the material lost half of its strength within nine months and had largely broken down into harmless compounds after about two years, the researchers found.',
      },
      {
        type: 'quote',
        text: 'The challenge was always to make something that lasts long enough to be useful on a boat but doesn’t last forever if it ends up on the seabed. We think we have found a balance, but the real test is at sea. — Dr Rhian Esterhuizen, lead author of the study',
      },
      {
        type: 'p',
        text: 'Dr Esterhuizen acknowledged that the material’s shorter lifespan would mean nets needing replacement more often. The team estimates they would last two to three fishing seasons in normal use, compared with five or more for nylon nets, and would cost roughly 40% more to manufacture at current volumes.',
      },
      {
        type: 'p',
        text: 'The Halden Fishermen’s Co-operative has agreed to test the nets on six of its boats next spring. Its chair, Agnes Pettigrew, said members were open to the idea but would need to see how the material coped with heavy catches and rough handling. ‘Fishermen hate losing gear more than anyone,’ she said. ‘If this works and the price is right, people will use it.’',
      },
      {
        type: 'p',
        text: 'The research was funded by a regional innovation grant and a marine conservation charity. The university has filed a patent application and is in talks with a net manufacturer about producing the material at scale, which the team believes could bring the price much closer to that of conventional netting.',
      },
    ],
  },

  // 24. Politics: rural buses
  {
    slug: 'minister-defends-cuts-rural-bus-subsidies-islands',
    title: 'Minister defends cuts to rural bus subsidies as island communities warn of isolation',
    kicker: 'Transport',
    dek: 'The regional government plans to cut support for 23 loss-making bus routes by a third next year. Residents on the Skerrin Isles and the Dunmore peninsula say some villages could be left without any public transport at all.',
    section: 'politics',
    tags: ['transport', 'budget', 'regional-assembly'],
    authors: ['ines-calloway'],
    hoursAgo: 470,
    heroAlt:
      'Illustration of a single-decker bus on a narrow road across moorland, with a lone bus stop and a ferry terminal in the distance',
    heroCaption: 'On Ness, a single bus route links four villages with the ferry at Kellan.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#4a4e69', '#c9ada7'],
    body: [
      {
        type: 'p',
        text: 'The Westmarch transport minister, Iolo Brannock, has defended plans to cut subsidies for rural bus services by a third, telling the assembly’s transport committee that the region could no longer afford to pay for buses that regularly carried fewer than five passengers per journey.',
      },
      {
        type: 'p',
        text: 'Under proposals published last month, support for 23 subsidised routes would fall from £9.6m to £6.4m next year. Officials expect around eight routes to be withdrawn altogether and others to lose evening and Sunday services. The worst-affected areas include the Dunmore peninsula and the two largest Skerrin Isles, where buses connect villages with ferry terminals and the islands’ only secondary school.',
      },
      { type: 'h2', text: 'Fears of isolation' },
      {
        type: 'p',
        text: 'Community groups say the cuts would leave older residents and young people without any way to reach shops, doctors and colleges. On the island of Ness, in the Skerrin group, the only bus route links four villages with the ferry at Kellan, and residents say there is no taxi service that could replace it.',
      },
      {
        type: 'quote',
        text: 'For many people here the bus is not a convenience, it is the only way they can get to the doctor or to the ferry for a hospital appointment on the mainland. Take it away and you are cutting them off. — Morag Allardyce, Ness community council',
      },
      {
        type: 'p',
        text: 'Brannock told the committee that the regional government faced difficult choices after a below-inflation settlement from the national government, and that every department was being asked to make savings. He said money would be set aside for demand-responsive minibuses that passengers can book by phone or app, which he argued could serve scattered communities more efficiently than timetabled routes.',
      },
      {
        type: 'p',
        text: 'Opposition members were unconvinced. Westmarch First’s transport spokesperson, Hector Reid, said similar schemes elsewhere had struggled with booking systems that older passengers found difficult to use, and accused the government of ‘managing the decline’ of rural transport. Several Civic Alliance members from rural constituencies also expressed concerns.',
      },
      {
        type: 'p',
        text: 'A public consultation on the proposals closes in six weeks. The minister said no decisions would be taken until responses had been considered, and that routes serving schools would be protected in any final plan. Campaigners have organised a rally outside the assembly building on the day the consultation closes.',
      },
    ],
  },

  // 25. Business: offshore wind
  {
    slug: 'offshore-wind-turbine-assembly-yard-port-halden-jobs',
    title: 'Offshore wind developer picks Port Halden for turbine assembly yard, promising 600 jobs',
    kicker: 'Energy',
    dek: 'Skerrin Offshore Wind will lease 40 hectares of the container port’s eastern quays to assemble turbines for a 1.2-gigawatt wind farm west of the islands. The harbour authority will spend £120m upgrading the site.',
    section: 'business',
    tags: ['energy', 'shipping'],
    authors: ['tobias-renner'],
    hoursAgo: 520,
    heroAlt:
      'Illustration of giant wind turbine blades and tower sections laid out on a quayside, with a heavy-lift crane and a ship alongside',
    heroCaption: 'The eastern quays would be used to store and pre-assemble turbine components.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#0a9396', '#e9d8a6'],
    body: [
      {
        type: 'p',
        text: 'Port Halden has been chosen as the base for assembling turbines for one of the largest offshore wind farms planned in the region, in a deal that the developer says will create around 600 permanent jobs and hundreds more during construction.',
      },
      {
        type: 'p',
        text: 'Skerrin Offshore Wind, a joint venture between two energy investors, said on Monday that it had signed a 25-year lease for 40 hectares of land on the eastern quays of the container port. The site will be used to store and pre-assemble tower sections, blades and nacelles before they are shipped out to the Skerrin West wind farm, a 1.2-gigawatt project around 60 kilometres west of the islands.',
      },
      { type: 'h2', text: 'A boost for the port' },
      {
        type: 'p',
        text: 'The Port Halden Harbour Authority will invest £120m in strengthening quays, dredging a deeper berth and building a heavy-lift pad capable of handling components weighing more than 1,000 tonnes. About half of the cost will be covered by a loan from the regional development bank, with the rest to be recovered through the lease.',
      },
      {
        type: 'quote',
        text: 'Port Halden has the deep water, the space and the skills. This is the kind of investment that can shape the city’s economy for a generation. — Matthias Grell, chief executive of Skerrin Offshore Wind',
      },
      {
        type: 'p',
        text: 'Most of the permanent jobs will be in operations and maintenance, with technicians based in the port servicing the turbines by boat for the 30-year life of the wind farm. The company has pledged to recruit at least half of its workforce from within the Westmarch and to fund 40 apprenticeships a year at Port Halden College.',
      },
      {
        type: 'p',
        text: 'Union officials welcomed the announcement but said they would be watching to ensure the jobs paid properly. Dana Kowalczyk, regional organiser for the transport and general workers’ union, said too many renewable energy projects had promised local jobs and then relied on contractors brought in from elsewhere.',
      },
      {
        type: 'p',
        text: 'The wind farm still needs final approval from the national energy regulator, expected next year. If it goes ahead, construction of the port facilities would begin within months, with the first turbines shipped out in about four years. Once complete, the wind farm is expected to generate enough electricity for around 1.3 million homes.',
      },
    ],
  },

  // 26. Sport: athletics championships
  {
    slug: 'port-halden-wins-bid-national-youth-athletics-championships',
    title: 'Port Halden wins bid to host national youth athletics championships for three years',
    kicker: 'Athletics',
    dek: 'The championships, which attract around 1,800 young athletes and 12,000 spectators, will be held at a refurbished Westmarch Stadium. The city council says the £3.8m upgrade will also benefit local clubs for decades.',
    section: 'sport',
    tags: ['city-council', 'budget'],
    authors: ['callum-brightwater', 'ines-calloway'],
    hoursAgo: 540,
    heroAlt: 'Illustration of young sprinters leaving their blocks on a bright new running track, with a small covered stand behind',
    heroCaption: 'The Westmarch Stadium will get a new eight-lane track before the first championships.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#9d0208', '#f48c06'],
    body: [
      {
        type: 'p',
        text: 'Port Halden will host the national youth athletics championships for three years from next summer, after the city’s bid beat competition from two larger cities, the national athletics federation announced on Saturday. Around 12,000 spectators are expected over the four days of competition.',
      },
      {
        type: 'p',
        text: 'The championships bring together around 1,800 athletes aged 15 to 19 and are often the first major competition for future international stars. They will be held at the Westmarch Stadium in the west of the city, which will undergo a £3.8m refurbishment including a new eight-lane track, improved floodlights and a covered warm-up area.',
      },
      { type: 'h2', text: 'Paying for the upgrade' },
      {
        type: 'p',
        text: 'The city council will contribute £2.2m towards the work, with the remainder coming from the national federation and a regional sports fund. Councillor Anwen Price, the cabinet member for leisure, said the council expected the event to bring around £4m a year into the local economy through hotel stays, restaurants and shops, as well as giving local clubs a track fit for the future.',
      },
      {
        type: 'quote',
        text: 'We have produced some brilliant athletes in this city, but too many of them have had to leave to find decent facilities. This gives the next generation a reason to stay. — Councillor Anwen Price, cabinet member for leisure',
      },
      {
        type: 'p',
        text: 'The federation’s chief executive, Oluwaseun Hart, said the Port Halden bid had stood out for its plans to involve schools, including free tickets for every secondary pupil in the region and coaching sessions led by former championship medallists in the week before the event.',
      },
      {
        type: 'p',
        text: 'Local clubs welcomed the news. Halden Harriers, the city’s largest athletics club, said it had been training on a worn track with only six usable lanes and had turned away more than 80 children in the past year because of a lack of capacity. The club hopes the new facilities will allow it to double its junior membership.',
      },
      {
        type: 'p',
        text: 'Not everyone was convinced. Westmarch First councillors questioned whether the council should be spending on a stadium while other leisure budgets were under strain, and asked for a full breakdown of the expected costs of hosting. Work on the track is due to begin within months and to be completed well before the first championships.',
      },
    ],
  },

  // 27. Harbour Bridge storyline (1/4): closure
  {
    slug: 'harbour-bridge-closed-corrosion-cable-anchorages',
    title: 'Harbour Bridge closed to all traffic after inspectors find severe corrosion in cable anchorages',
    kicker: 'Harbour Bridge',
    dek: 'The crossing that links Port Halden’s Old Town with Eastbank was shut at 2pm on Friday with less than three hours’ notice. Around 38,000 vehicles a day will be diverted, and the council cannot yet say when it will reopen.',
    section: 'local-politics',
    extraSections: ['business'],
    tags: ['harbour-bridge', 'transport', 'infrastructure', 'city-council'],
    authors: ['ines-calloway', 'tobias-renner'],
    hoursAgo: 560,
    storyline: 'harbour-bridge',
    heroAlt:
      'Illustration of police barriers and flashing lights blocking the approach to a suspension bridge, with traffic queuing behind',
    heroCaption: 'Police closed both approaches to the bridge at 2pm on Friday.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#161a1d', '#ba181b'],
    body: [
      {
        type: 'p',
        text: 'Port Halden’s Harbour Bridge was closed to all traffic on Friday afternoon after engineers carrying out a routine inspection found severe corrosion in the anchorages that hold the ends of its two main cables, the city council said. Police closed both approaches at 2pm, leaving thousands of drivers to find other routes across the Aske estuary as the evening rush hour began.',
      },
      {
        type: 'p',
        text: 'The council said the damage had been found on Thursday inside the eastern anchorage chamber, which had been opened up for the first time in more than a decade as part of a principal inspection. Engineers found rust on steel castings and cable wires inside the housing that was far worse than expected, and advised that the bridge could not safely carry traffic until the extent of the damage was understood.',
      },
      {
        type: 'quote',
        text: 'I will not take any risk with people’s lives. The engineers told us this morning that they could not be confident the bridge was safe, and that is the end of the discussion. — Councillor Margit Oduya, leader of Port Halden City Council',
      },
      { type: 'h2', text: 'Long diversions' },
      {
        type: 'p',
        text: 'The 1968 suspension bridge is the only road crossing of the estuary within the city and carries around 38,000 vehicles on a typical weekday. The official diversion takes drivers inland via the Aske Valley road and the crossing at Tollan, a detour of 19 kilometres that the council warned could add 40 minutes or more to journeys at peak times.',
      },
      {
        type: 'p',
        text: 'Bus services between the Old Town and Eastbank will be diverted along the same route, and the council said it was talking to Sound Ferries about increasing the frequency of its passenger crossing from the Old Town quay. Pedestrians and cyclists are also barred from the bridge, which had a footpath on each side.',
      },
      {
        type: 'p',
        text: 'Business leaders warned of serious disruption. Marisol Teague, chair of the Eastbank Traders’ Association, said many of the district’s shops and cafés relied on customers from across the water. ‘A few days we can cope with,’ she said. ‘If this is weeks or months, some people won’t survive it.’',
      },
      {
        type: 'p',
        text: 'The council said it could not yet say how long the bridge would be closed. Further inspections of the western anchorage will take place over the weekend, and engineers expect to report on their findings and the options for repair within a fortnight. The regional transport minister, Iolo Brannock, said the regional government would ‘stand behind the city’ but made no specific funding commitment.',
      },
    ],
  },

  // 28. Science: text reminders (oldest article)
  {
    slug: 'hospital-text-reminders-cut-missed-appointments',
    title: 'Text reminders cut missed hospital appointments by a third, Halden General trial finds',
    kicker: 'Health research',
    dek: 'A year-long trial involving 42,000 outpatient appointments found that personalised messages sent three days and one day beforehand reduced no-shows from 9.1% to 6.0%, freeing up thousands of clinic slots.',
    section: 'science',
    tags: ['public-health', 'research'],
    authors: ['aoife-marchetti'],
    hoursAgo: 590,
    heroAlt: 'Illustration of a mobile phone showing an appointment reminder message, in front of a hospital outpatient waiting area',
    heroCaption: 'Patients received two texts with a link to rebook if they could not attend.',
    heroCredit: 'Illustration: Ledger graphics desk',
    heroPalette: ['#1b4332', '#95d5b2'],
    body: [
      {
        type: 'p',
        text: 'Sending patients personalised text message reminders before hospital appointments cut the number who failed to turn up by about a third, according to a year-long trial at Halden General Hospital whose results were published this week in a regional medical journal.',
      },
      {
        type: 'p',
        text: 'The trial involved more than 42,000 outpatient appointments across eight departments, including orthopaedics, dermatology and diabetes care. Half the patients received two text messages, three days and one day before their appointment, including the name of the clinician they were due to see and a link to rebook if they could not attend. The other half received only the hospital’s standard letter.',
      },
      { type: 'h2', text: 'Thousands of slots freed' },
      {
        type: 'p',
        text: 'The rate of missed appointments fell from 9.1% among patients who received letters alone to 6.0% among those who also got texts. Researchers estimate that, applied across the hospital, the approach would free up about 7,500 appointments a year that would otherwise be wasted, the equivalent of several weeks of work for some departments.',
      },
      {
        type: 'quote',
        text: 'Most people who miss appointments aren’t careless. They forget, their circumstances change, or they don’t know how to cancel. Making it easy to rebook was at least as important as the reminder itself. — Dr Naomi Ferris, consultant and lead researcher',
      },
      {
        type: 'p',
        text: 'The effect was largest among younger patients and those living in the most deprived parts of the city, groups that have traditionally had the highest rates of missed appointments. It was smallest among patients over 80, many of whom did not have mobile phones or did not read text messages, and the researchers said phone calls might work better for them.',
      },
      {
        type: 'p',
        text: 'The hospital has since rolled out the reminders to all outpatient clinics. Dr Ferris said the system cost around £60,000 a year to run, far less than the estimated value of the appointments saved, and that other hospitals in the region had already asked for details of how it worked. The hospital plans to add reminders in the five most common languages other than English by the end of the year.',
      },
      {
        type: 'p',
        text: 'Independent experts said the study was well designed but urged caution about the results in other settings. Professor Gwen Atherley, a health services researcher who was not involved in the trial, said the benefit might be smaller where reminders were already common, and that the next step should be to test whether the freed-up slots actually reduced waiting lists.',
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Unpublished draft
// ---------------------------------------------------------------------------

export const draftArticle: DemoArticle = {
  slug: 'last-keeper-carrow-point-lighthouse',
  title: 'The last keeper: memories of life inside the Carrow Point lighthouse',
  kicker: 'Feature',
  dek: 'For 22 years, Walter Sillars and his wife Jean kept the light burning on Carrow Point. As the keepers’ cottages are turned into a visitor centre, he remembers storms, shipwrecks and long winters on the rock.',
  section: 'culture',
  tags: ['arts', 'coastline', 'shipping'],
  authors: ['nadia-ferreira-holm'],
  hoursAgo: 0,
  heroAlt:
    'Illustration of a white lighthouse on a rocky headland at dusk, its beam sweeping across a rough sea, with two small cottages at its foot',
  heroCaption: 'The Carrow Point lighthouse was automated in 1991.',
  heroCredit: 'Illustration: Ledger graphics desk',
  heroPalette: ['#001d3d', '#ffc300'],
  body: [
    {
      type: 'p',
      text: 'For twenty-two years, the light on Carrow Point was Walter Sillars’s responsibility. Every evening at dusk he climbed the 131 steps of the tower to check the lamp, wind the clockwork that turned the lens and log the weather, and every morning he climbed them again to draw the curtains that protected the glass from the sun.',
    },
    {
      type: 'p',
      text: 'Now 84, he lives in a bungalow in the Old Town with a view of the tower across the water. The lighthouse was automated in 1991, and Sillars and his late wife, Jean, were the last keepers to live there. Last year the harbour authority began converting the keepers’ cottages into a visitor centre, which is due to open next summer.',
    },
    { type: 'h2', text: 'Storms and shipwrecks' },
    {
      type: 'p',
      text: 'Sillars remembers the storms most of all. In the winter of 1978, waves broke over the roofs of the cottages for three days and the family lived in the tower’s store room with their two children. In 1983 he watched a cargo ship, the Ardent, drag its anchors onto the Carrow Bank, and helped to guide the lifeboat in with signal lamps.',
    },
    {
      type: 'quote',
      text: 'People think it was lonely. It wasn’t, not really. You had the ships, the birds, the weather. Every night you knew that somebody out there was counting on that light. — Walter Sillars, former keeper of the Carrow Point lighthouse',
    },
    {
      type: 'p',
      text: 'Life on the point was governed by routine. Supplies came by boat once a fortnight, weather permitting, and the children rowed across to school in the Old Town in summer and boarded with relatives in winter. Jean kept goats and a vegetable garden sheltered by a stone wall, and the couple recorded more than 200 species of birds in notebooks they kept alongside the official logs.',
    },
    {
      type: 'p',
      text: 'Automation, when it came, was quick. Engineers installed an electric lamp and a remote monitoring system in a matter of weeks, and the couple were offered a council flat in the Old Town. Sillars admits he found the move hard. For months afterwards, he said, he would wake at dusk and reach for his boots before remembering that the light no longer needed him.',
    },
    {
      type: 'p',
      text: 'The visitor centre will include an exhibition about the keepers, built around those notebooks and around photographs donated by the Sillars family. Sillars has recorded hours of interviews for the project. ‘I just want people to know that there were families out there,’ he said. ‘It wasn’t only a machine. It was a home.’',
    },
  ],
}

// ---------------------------------------------------------------------------
// Scheduled article
// ---------------------------------------------------------------------------

export const scheduledArticle: DemoArticle = {
  slug: 'westmarch-budget-preview-what-to-expect',
  title: 'Westmarch budget: what to expect from Tuesday’s statement',
  kicker: 'Budget',
  dek: 'Bridges, housing and rural buses are expected to dominate the regional budget. With little money to spare and a fragile majority, ministers will need opposition votes to get their plans through the assembly.',
  section: 'politics',
  tags: ['budget', 'regional-assembly', 'infrastructure', 'housing'],
  authors: ['ines-calloway', 'tobias-renner'],
  hoursAgo: 0,
  heroAlt: 'Illustration of a red budget folder on a lectern in an assembly chamber, surrounded by icons of a bridge, a house and a bus',
  heroCaption: 'The finance minister will deliver the statement to the assembly at 2pm.',
  heroCredit: 'Illustration: Ledger graphics desk',
  heroPalette: ['#370617', '#dc2f02'],
  body: [
    {
      type: 'p',
      text: 'The Westmarch finance minister, Alasdair Penhaligon, will set out the regional government’s budget for the coming year on Tuesday afternoon, in a statement expected to be dominated by the cost of repairing coastal infrastructure, funding the new housing law and squeezing savings from departments after a tight settlement from the national government.',
    },
    {
      type: 'p',
      text: 'Ministers have already confirmed some of the headline decisions. But several big questions remain unanswered, and the Civic Alliance government will need the support of at least some opposition or independent members to get its plans through the assembly. Here is what to watch for.',
    },
    { type: 'h2', text: 'The key questions' },
    {
      type: 'list',
      items: [
        'Bridges and sea walls: whether the extra £6m for coastal structures will be increased after the Harbour Bridge closure, and whether an independent audit of coastal bridges will be funded',
        'Housing: how the £22m promised to councils to enforce the new Homes Act will be shared out, and whether it is genuinely new money',
        'Rural buses: whether the planned one-third cut to subsidies survives the public consultation',
        'Water: whether ministers will help fund Halden Water’s leak-reduction programme after the summer’s hosepipe ban',
      ],
    },
    {
      type: 'p',
      text: 'The biggest pressure is likely to come from infrastructure. The closure of Port Halden’s Harbour Bridge has put the state of the region’s ageing coastal structures at the top of the political agenda, and Westmarch First has said it will table an amendment demanding a fully funded audit of every bridge within five kilometres of the sea.',
    },
    {
      type: 'p',
      text: 'The government can probably count on the four Coastal Independents members who backed the Homes Bill, provided the budget includes money for the island communities they represent. That makes the fate of the rural bus cuts a likely bargaining chip, and several observers expect at least a partial reprieve for routes on the Skerrin Isles.',
    },
    {
      type: 'quote',
      text: 'This is a budget with very little room for manoeuvre. Almost every pound of new spending will have to come from somewhere else, and members know it. — Dr Elspeth Marr, public finance researcher at the University of Port Halden',
    },
    {
      type: 'p',
      text: 'The statement is due to begin at 2pm and will be followed by a debate. The Ledger will publish live coverage and analysis throughout the afternoon, including what the budget means for households, businesses and public services in Port Halden and across the Westmarch.',
    },
  ],
}

// ---------------------------------------------------------------------------
// Site settings
// ---------------------------------------------------------------------------

export const siteSettings: {
  siteName: string
  tagline: string
  about: string
  searchPlaceholder: string
  social: {
    network: 'x' | 'facebook' | 'instagram' | 'youtube' | 'mastodon' | 'bluesky' | 'linkedin' | 'rss'
    url: string
  }[]
} = {
  siteName: 'The Harbour Ledger',
  tagline: 'News from Port Halden and the Westmarch coast',
  about:
    'The Harbour Ledger is Port Halden’s independent daily newspaper, reporting on the city, the Westmarch coast and the Skerrin Isles since 1887. Our newsroom covers politics, business, science, climate, culture and sport with a commitment to accuracy, fairness and correcting our mistakes in the open. The Ledger is owned by a charitable trust and funded by its readers.',
  searchPlaceholder: 'Search the Ledger…',
  social: [
    { network: 'x', url: 'https://social.example/@harbourledger' },
    { network: 'facebook', url: 'https://social.example/harbourledger' },
    { network: 'instagram', url: 'https://social.example/harbour.ledger' },
    { network: 'mastodon', url: 'https://social.example/@ledger' },
    { network: 'bluesky', url: 'https://social.example/profile/harbourledger' },
    { network: 'rss', url: 'https://social.example/harbourledger/feed.xml' },
  ],
}
