import type { GraphQLExtension } from 'payload'

import { searchArticles } from './services/search'

/**
 * `searchArticles(q: String!, …)` for GraphQL front ends: the same search, parameters and errors as
 * `GET /api/search`.
 */
export const searchQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const Named = new GraphQLObjectType({ name: 'SearchNamedRef', fields: { name: { type: GraphQLString }, slug: { type: GraphQLString } } })
  const CardImage = new GraphQLObjectType({
    name: 'SearchCardImage',
    description: 'The hero picture as a 16:9 card; srcSet holds the same crop at other widths.',
    fields: {
      url: { type: new GraphQLNonNull(GraphQLString) },
      srcSet: { type: GraphQLString },
      alt: { type: GraphQLString },
      width: { type: GraphQLInt },
      height: { type: GraphQLInt },
    },
  })
  const Result = new GraphQLObjectType({
    name: 'SearchResult',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLString) },
      slug: { type: GraphQLString },
      title: { type: GraphQLString },
      dek: { type: GraphQLString },
      kicker: { type: GraphQLString },
      firstPublishedAt: { type: GraphQLString },
      section: { type: Named },
      authors: { type: new GraphQLList(Named) },
      image: { type: CardImage },
      snippet: { type: GraphQLString, description: 'HTML-safe text; matched words are wrapped in <mark>.' },
      score: { type: GraphQLFloat },
    },
  })
  const Results = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      q: { type: GraphQLString },
      terms: { type: new GraphQLList(GraphQLString) },
      total: { type: GraphQLInt },
      totalIsEstimate: { type: GraphQLBoolean, description: 'True when total is estimated (past the thousand newest matches).' },
      page: { type: GraphQLInt },
      limit: { type: GraphQLInt },
      totalPages: { type: GraphQLInt },
      results: { type: new GraphQLList(Result) },
    },
  })
  return {
    searchArticles: {
      type: Results,
      args: {
        q: { type: new GraphQLNonNull(GraphQLString) },
        section: { type: GraphQLString },
        tag: { type: GraphQLString },
        author: { type: GraphQLString },
        from: { type: GraphQLString },
        to: { type: GraphQLString },
        /** relevance (the default) or newest. */
        sort: { type: GraphQLString },
        page: { type: GraphQLInt },
        limit: { type: GraphQLInt },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, context: { req: Parameters<typeof searchArticles>[0] }) => {
        const params = Object.fromEntries(
          Object.entries(args)
            .filter(([, value]) => value !== undefined && value !== null)
            .map(([key, value]) => [key, String(value)]),
        )
        return searchArticles(context.req, params)
      },
    },
  }
}
