import * as migration_20261125_132147_initial from './20261125_132147_initial';
import * as migration_20261125_133000_search_index from './20261125_133000_search_index';
import * as migration_20261125_133541_related_suggestions from './20261125_133541_related_suggestions';
import * as migration_20261125_141638_readers from './20261125_141638_readers';
import * as migration_20261125_150336_comments from './20261125_150336_comments';
import * as migration_20261125_154827_inline_feedback from './20261125_154827_inline_feedback';
import * as migration_20261125_155335_comment_subscriptions from './20261125_155335_comment_subscriptions';
import * as migration_20261201_211522_comment_listing_indexes from './20261201_211522_comment_listing_indexes';
import * as migration_20261201_213005_jobs_concurrency_key from './20261201_213005_jobs_concurrency_key';
import * as migration_20261203_203201_media_object_key from './20261203_203201_media_object_key';
import * as migration_20261204_031059_jobs_claims from './20261204_031059_jobs_claims';
import * as migration_20261206_085058_comment_subscribe_rate_limit from './20261206_085058_comment_subscribe_rate_limit';
import * as migration_20261206_123947_comment_report_dismissal from './20261206_123947_comment_report_dismissal';
import * as migration_20261206_152035_moderation_desk from './20261206_152035_moderation_desk';
import * as migration_20261206_155331_staff_comments from './20261206_155331_staff_comments';
import * as migration_20261206_161827_editorial_notices from './20261206_161827_editorial_notices';
import * as migration_20261206_184755_blocked_guests from './20261206_184755_blocked_guests';
import * as migration_20261206_193525_moderation_log_actor_name from './20261206_193525_moderation_log_actor_name';
import * as migration_20261206_215927_reader_accounts_and_demo_outbox from './20261206_215927_reader_accounts_and_demo_outbox';
import * as migration_20261206_225519_reader_notify_default_and_article_revised_at from './20261206_225519_reader_notify_default_and_article_revised_at';
import * as migration_20261207_010825_responsive_image_sizes from './20261207_010825_responsive_image_sizes';
import * as migration_20261207_014846_article_views from './20261207_014846_article_views';
import * as migration_20261207_120000_search_order_keys from './20261207_120000_search_order_keys';
import * as migration_20261207_144151_commenter_history_indexes from './20261207_144151_commenter_history_indexes';
import * as migration_20261207_173533_article_last_edited_by from './20261207_173533_article_last_edited_by';

export const migrations = [
  {
    up: migration_20261125_132147_initial.up,
    down: migration_20261125_132147_initial.down,
    name: '20261125_132147_initial',
  },
  {
    up: migration_20261125_133000_search_index.up,
    down: migration_20261125_133000_search_index.down,
    name: '20261125_133000_search_index',
  },
  {
    up: migration_20261125_133541_related_suggestions.up,
    down: migration_20261125_133541_related_suggestions.down,
    name: '20261125_133541_related_suggestions',
  },
  {
    up: migration_20261125_141638_readers.up,
    down: migration_20261125_141638_readers.down,
    name: '20261125_141638_readers',
  },
  {
    up: migration_20261125_150336_comments.up,
    down: migration_20261125_150336_comments.down,
    name: '20261125_150336_comments',
  },
  {
    up: migration_20261125_154827_inline_feedback.up,
    down: migration_20261125_154827_inline_feedback.down,
    name: '20261125_154827_inline_feedback',
  },
  {
    up: migration_20261125_155335_comment_subscriptions.up,
    down: migration_20261125_155335_comment_subscriptions.down,
    name: '20261125_155335_comment_subscriptions',
  },
  {
    up: migration_20261201_211522_comment_listing_indexes.up,
    down: migration_20261201_211522_comment_listing_indexes.down,
    name: '20261201_211522_comment_listing_indexes',
  },
  {
    up: migration_20261201_213005_jobs_concurrency_key.up,
    down: migration_20261201_213005_jobs_concurrency_key.down,
    name: '20261201_213005_jobs_concurrency_key',
  },
  {
    up: migration_20261203_203201_media_object_key.up,
    down: migration_20261203_203201_media_object_key.down,
    name: '20261203_203201_media_object_key',
  },
  {
    up: migration_20261204_031059_jobs_claims.up,
    down: migration_20261204_031059_jobs_claims.down,
    name: '20261204_031059_jobs_claims',
  },
  {
    up: migration_20261206_085058_comment_subscribe_rate_limit.up,
    down: migration_20261206_085058_comment_subscribe_rate_limit.down,
    name: '20261206_085058_comment_subscribe_rate_limit',
  },
  {
    up: migration_20261206_123947_comment_report_dismissal.up,
    down: migration_20261206_123947_comment_report_dismissal.down,
    name: '20261206_123947_comment_report_dismissal',
  },
  {
    up: migration_20261206_152035_moderation_desk.up,
    down: migration_20261206_152035_moderation_desk.down,
    name: '20261206_152035_moderation_desk',
  },
  {
    up: migration_20261206_155331_staff_comments.up,
    down: migration_20261206_155331_staff_comments.down,
    name: '20261206_155331_staff_comments',
  },
  {
    up: migration_20261206_161827_editorial_notices.up,
    down: migration_20261206_161827_editorial_notices.down,
    name: '20261206_161827_editorial_notices',
  },
  {
    up: migration_20261206_184755_blocked_guests.up,
    down: migration_20261206_184755_blocked_guests.down,
    name: '20261206_184755_blocked_guests',
  },
  {
    up: migration_20261206_193525_moderation_log_actor_name.up,
    down: migration_20261206_193525_moderation_log_actor_name.down,
    name: '20261206_193525_moderation_log_actor_name',
  },
  {
    up: migration_20261206_215927_reader_accounts_and_demo_outbox.up,
    down: migration_20261206_215927_reader_accounts_and_demo_outbox.down,
    name: '20261206_215927_reader_accounts_and_demo_outbox',
  },
  {
    up: migration_20261206_225519_reader_notify_default_and_article_revised_at.up,
    down: migration_20261206_225519_reader_notify_default_and_article_revised_at.down,
    name: '20261206_225519_reader_notify_default_and_article_revised_at',
  },
  {
    up: migration_20261207_010825_responsive_image_sizes.up,
    down: migration_20261207_010825_responsive_image_sizes.down,
    name: '20261207_010825_responsive_image_sizes',
  },
  {
    up: migration_20261207_014846_article_views.up,
    down: migration_20261207_014846_article_views.down,
    name: '20261207_014846_article_views',
  },
  {
    up: migration_20261207_120000_search_order_keys.up,
    down: migration_20261207_120000_search_order_keys.down,
    name: '20261207_120000_search_order_keys',
  },
  {
    up: migration_20261207_144151_commenter_history_indexes.up,
    down: migration_20261207_144151_commenter_history_indexes.down,
    name: '20261207_144151_commenter_history_indexes',
  },
  {
    up: migration_20261207_173533_article_last_edited_by.up,
    down: migration_20261207_173533_article_last_edited_by.down,
    name: '20261207_173533_article_last_edited_by'
  },
];
