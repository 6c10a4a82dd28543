import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { isEditor } from './src/access/is-editor'
import { ADMIN_DATE_FORMAT } from './src/fields/date-format'
import { Articles } from './src/collections/Articles'
import { Authors } from './src/collections/Authors'
import { commentsFeature } from './src/comments'
import { Media } from './src/collections/Media'
import { Readers } from './src/collections/Readers'
import { RelatedSuggestions } from './src/related/collections/RelatedSuggestions'
import { ArticleViews } from './src/readership/collections/ArticleViews'
import { flushViewsRegularly } from './src/readership/services/views'
import { Sections } from './src/collections/Sections'
import { Tags } from './src/collections/Tags'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/db/adapter'
import { reportFailedCommits } from './src/db/failed-commits'
import { keepPoolErrorsFromCrashing } from './src/db/pool-errors'
import { emailAdapter } from './src/email/adapter'
import { OutgoingMail } from './src/email/outbox'
import { readinessEndpoint } from './src/endpoints/readiness'
import { searchEndpoint } from './src/search/endpoints'
import { SiteSettings } from './src/globals/SiteSettings'
import { repairedMutations, repairedQueries } from './src/graphql/payload-repairs'
import { searchQueries } from './src/search/graphql'
import { deliverWebhookTask } from './src/jobs/deliver-webhook'
import { refreshRelatedTask } from './src/related/jobs/refresh-related'
import { settleAbandonedJobsWhenDue, withClaimFields } from './src/jobs/settle-abandoned'
import { articlePath, sectionPath } from './src/lib/articles/paths'
import { idOf } from './src/lib/relationships/id-of'
import { metaDescription, metaTitle } from './src/lib/seo/meta-text'
import { PURGE_QUEUE } from './src/cache/purge'
import { WARM_QUEUE, warmPagesTask } from './src/cache/warm'
import { settings } from './src/lib/config/settings'
import { requestGuards } from './src/plugins/request-guards'
import { refuseFragmentCycles } from './src/lib/graphql/fragment-cycles'
import { staffOnlyInternals } from './src/plugins/staff-only-internals'
import { claimJobsOnce } from './src/db/job-claims'
import { routeReadsToReplicas } from './src/db/read-replicas'
import { mediaStorage } from './src/plugins/media-storage'
import { openapiFeature } from './src/openapi'
import { adminTranslations } from './src/editorial/admin/translations'
import { editorialHousekeepingWhenDue } from './src/editorial/services/housekeeping'
import { sendStaffNoticeTask } from './src/editorial/jobs/send-staff-notice'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: settings.siteUrl,
  secret: settings.payloadSecret,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  telemetry: false,

  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Newsroom' },
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      beforeDashboard: ['/src/dashboard/admin/StaffDashboard#StaffDashboard'],
      afterNavLinks: ['/src/comments/admin/ModerationDeskLink#ModerationDeskLink', '/src/openapi/admin/ApiReferenceLink#ApiReferenceLink'],
      views: {
        moderationDesk: { Component: '/src/comments/admin/ModerationDeskView#ModerationDeskView', path: '/moderation' },
      },
    },
    importMap: { baseDir: dirname },
    // The article page beside the editor, refreshed on every (auto)save: src/site/islands/LivePreview.tsx.
    livePreview: {
      collections: ['articles'],
      url: ({ data }) => `${settings.siteUrl}/next/preview?path=${encodeURIComponent(articlePath(String(data?.slug ?? '')))}`,
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },

  i18n: { translations: adminTranslations },

  onInit: async (payload) => {
    keepPoolErrorsFromCrashing(payload)
    reportFailedCommits(payload)
    claimJobsOnce(payload)
    routeReadsToReplicas(payload)
    flushViewsRegularly(payload)
  },

  collections: [
    Articles,
    Authors,
    Sections,
    Tags,
    Media,
    Users,
    Readers,
    ...commentsFeature.collections,
    RelatedSuggestions,
    ArticleViews,
    OutgoingMail,
  ],
  globals: [SiteSettings, ...commentsFeature.globals],
  endpoints: [readinessEndpoint, searchEndpoint],

  plugins: [
    nestedDocsPlugin({
      collections: ['sections'],
      generateLabel: (_, doc) => String(doc.name ?? ''),
      generateURL: (docs) => sectionPath(String(docs.at(-1)?.slug ?? '')),
    }),
    redirectsPlugin({
      collections: ['articles'],
      redirectTypes: ['301', '302'],
      redirectTypeFieldOverride: { defaultValue: '301' },
      overrides: {
        access: { read: () => true, create: isEditor, update: isEditor, delete: isEditor },
        admin: { group: 'Settings' },
      },
    }),
    seoPlugin({
      collections: ['articles'],
      uploadsCollection: 'media',
      tabbedUI: false,
      generateTitle: ({ doc }) => metaTitle(String(doc?.title ?? ''), settings.siteName),
      // The hero picture is what a shared link should show unless the editor picks another.
      generateImage: ({ doc }) => idOf(doc?.hero?.image) ?? '',
      generateDescription: ({ doc }) => metaDescription(String(doc?.dek ?? '')),
      generateURL: ({ doc }) => `${settings.siteUrl}${articlePath(String(doc?.slug ?? ''))}`,
      fields: ({ defaultFields }) => [
        ...defaultFields,
        {
          name: 'canonicalUrl',
          type: 'text',
          maxLength: 500,
          admin: { description: 'Only when this story first appeared elsewhere: the original URL.' },
        },
      ],
    }),
    ...mediaStorage(),
    requestGuards,
    openapiFeature,
  ],

  jobs: {
    // The worker runs inside the service: scheduled publish/unpublish and later notification jobs.
    autoRun: [
      { cron: settings.jobsCron, queue: 'default', limit: 20 },
      // Purge webhooks wait in a queue of their own, looked at every second: a CDN should drop a
      // stale page in seconds, and a busy comment section must not hold up scheduled publishing.
      ...(settings.cachePurgeWebhooks.length > 0 ? [{ cron: '* * * * * *', queue: PURGE_QUEUE, limit: 100 }] : []),
      // Pages a change showed are rendered again right after it (src/cache/warm.ts), so readers find them cached.
      { cron: '* * * * * *', queue: WARM_QUEUE, limit: 10 },
    ],
    // Each worker first settles jobs a dead worker left claimed (src/lib/leases/job-lease.ts).
    shouldAutoRun: async (payload) => {
      if (!settings.jobsWorker) return false
      await settleAbandonedJobsWhenDue(payload)
      await editorialHousekeepingWhenDue(payload)
      return true
    },
    jobsCollectionOverrides: withClaimFields,
    // Per-task keys (refreshRelated): one run at a time per article, and a newer edit replaces a
    // refresh still waiting, so ten quick saves cost one recompute.
    enableConcurrencyControl: true,
    tasks: [refreshRelatedTask, deliverWebhookTask, warmPagesTask, sendStaffNoticeTask, ...commentsFeature.tasks],
  },

  graphQL: {
    queries: (GraphQL, payload) => ({
      ...repairedQueries(GraphQL, payload),
      ...searchQueries(GraphQL, payload),
      ...commentsFeature.graphQL.queries(GraphQL, payload),
    }),
    mutations: (GraphQL, payload) => ({ ...repairedMutations(GraphQL, payload), ...commentsFeature.graphQL.mutations(GraphQL, payload) }),
    disableIntrospectionInProduction: !settings.graphqlIntrospection,
    disablePlaygroundInProduction: !settings.graphqlIntrospection,
    maxComplexity: settings.graphqlMaxComplexity,
    validationRules: () => [refuseFragmentCycles],
  },

  upload: {
    limits: { fileSize: settings.maxUploadBytes },
  },

  cors: settings.corsOrigins,
  csrf: [settings.siteUrl, ...settings.corsOrigins],
  maxDepth: 4,
  defaultDepth: 1,

  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Written by `npm run generate:types` only: Payload's start-up rewrite used whatever the process's
    // environment enabled (S3 storage drops a field), changing a committed file under the tests' feet.
    autoGenerate: false,
  },
}).then(staffOnlyInternals)
