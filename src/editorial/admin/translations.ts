/**
 * The admin's own words where Payload's say too little for a newsroom. Restoring a version asked
 * only "restore this document to the state it was in on …?", though the button puts a published
 * version on the site at once and a draft version takes the story off it; "Restore as draft"
 * (beside the button, for published versions) is the way to look first.
 */
export const adminTranslations = {
  en: {
    version: {
      aboutToRestore:
        'You are about to restore this {{label}} to how it was on {{versionDate}}. “Restore this version” puts it on the site at once if that version was published, and takes the story off the site if it was a draft. “Restore as draft” (from the arrow beside the button) keeps the site as it is until you publish.',
    },
  },
}
