import * as migration_20261125_132151_initial from './20261125_132151_initial';
import * as migration_20261125_133000_search_index from './20261125_133000_search_index';
import * as migration_20261125_133548_related_suggestions from './20261125_133548_related_suggestions';
import * as migration_20261125_141643_readers from './20261125_141643_readers';
import * as migration_20261125_150419_comments from './20261125_150419_comments';
import * as migration_20261125_154838_inline_feedback from './20261125_154838_inline_feedback';
import * as migration_20261125_155347_comment_subscriptions from './20261125_155347_comment_subscriptions';
import * as migration_20261201_211534_comment_listing_indexes from './20261201_211534_comment_listing_indexes';
import * as migration_20261201_213018_jobs_concurrency_key from './20261201_213018_jobs_concurrency_key';
import * as migration_20261203_203208_media_object_key from './20261203_203208_media_object_key';
import * as migration_20261203_203300_rate_limits from './20261203_203300_rate_limits';
import * as migration_20261204_031101_jobs_claims from './20261204_031101_jobs_claims';
import * as migration_20261206_085103_comment_subscribe_rate_limit from './20261206_085103_comment_subscribe_rate_limit';
import * as migration_20261206_123924_comment_report_dismissal from './20261206_123924_comment_report_dismissal';
import * as migration_20261206_152040_moderation_desk from './20261206_152040_moderation_desk';
import * as migration_20261206_155341_staff_comments from './20261206_155341_staff_comments';
import * as migration_20261206_161834_editorial_notices from './20261206_161834_editorial_notices';
import * as migration_20261206_184808_blocked_guests from './20261206_184808_blocked_guests';
import * as migration_20261206_193530_moderation_log_actor_name from './20261206_193530_moderation_log_actor_name';
import * as migration_20261206_215930_reader_accounts_and_demo_outbox from './20261206_215930_reader_accounts_and_demo_outbox';
import * as migration_20261206_225525_reader_notify_default_and_article_revised_at from './20261206_225525_reader_notify_default_and_article_revised_at';
import * as migration_20261207_010832_responsive_image_sizes from './20261207_010832_responsive_image_sizes';
import * as migration_20261207_014853_article_views from './20261207_014853_article_views';
import * as migration_20261207_073802_warm_pages_task from './20261207_073802_warm_pages_task';
import * as migration_20261207_073900_edge_responses from './20261207_073900_edge_responses';
import * as migration_20261207_120000_search_newest_index from './20261207_120000_search_newest_index';
import * as migration_20261207_144154_commenter_history_indexes from './20261207_144154_commenter_history_indexes';
import * as migration_20261207_173543_article_last_edited_by from './20261207_173543_article_last_edited_by';

export const migrations = [
  {
    up: migration_20261125_132151_initial.up,
    down: migration_20261125_132151_initial.down,
    name: '20261125_132151_initial',
  },
  {
    up: migration_20261125_133000_search_index.up,
    down: migration_20261125_133000_search_index.down,
    name: '20261125_133000_search_index',
  },
  {
    up: migration_20261125_133548_related_suggestions.up,
    down: migration_20261125_133548_related_suggestions.down,
    name: '20261125_133548_related_suggestions',
  },
  {
    up: migration_20261125_141643_readers.up,
    down: migration_20261125_141643_readers.down,
    name: '20261125_141643_readers',
  },
  {
    up: migration_20261125_150419_comments.up,
    down: migration_20261125_150419_comments.down,
    name: '20261125_150419_comments',
  },
  {
    up: migration_20261125_154838_inline_feedback.up,
    down: migration_20261125_154838_inline_feedback.down,
    name: '20261125_154838_inline_feedback',
  },
  {
    up: migration_20261125_155347_comment_subscriptions.up,
    down: migration_20261125_155347_comment_subscriptions.down,
    name: '20261125_155347_comment_subscriptions',
  },
  {
    up: migration_20261201_211534_comment_listing_indexes.up,
    down: migration_20261201_211534_comment_listing_indexes.down,
    name: '20261201_211534_comment_listing_indexes',
  },
  {
    up: migration_20261201_213018_jobs_concurrency_key.up,
    down: migration_20261201_213018_jobs_concurrency_key.down,
    name: '20261201_213018_jobs_concurrency_key',
  },
  {
    up: migration_20261203_203208_media_object_key.up,
    down: migration_20261203_203208_media_object_key.down,
    name: '20261203_203208_media_object_key',
  },
  {
    up: migration_20261203_203300_rate_limits.up,
    down: migration_20261203_203300_rate_limits.down,
    name: '20261203_203300_rate_limits',
  },
  {
    up: migration_20261204_031101_jobs_claims.up,
    down: migration_20261204_031101_jobs_claims.down,
    name: '20261204_031101_jobs_claims',
  },
  {
    up: migration_20261206_085103_comment_subscribe_rate_limit.up,
    down: migration_20261206_085103_comment_subscribe_rate_limit.down,
    name: '20261206_085103_comment_subscribe_rate_limit',
  },
  {
    up: migration_20261206_123924_comment_report_dismissal.up,
    down: migration_20261206_123924_comment_report_dismissal.down,
    name: '20261206_123924_comment_report_dismissal',
  },
  {
    up: migration_20261206_152040_moderation_desk.up,
    down: migration_20261206_152040_moderation_desk.down,
    name: '20261206_152040_moderation_desk',
  },
  {
    up: migration_20261206_155341_staff_comments.up,
    down: migration_20261206_155341_staff_comments.down,
    name: '20261206_155341_staff_comments',
  },
  {
    up: migration_20261206_161834_editorial_notices.up,
    down: migration_20261206_161834_editorial_notices.down,
    name: '20261206_161834_editorial_notices',
  },
  {
    up: migration_20261206_184808_blocked_guests.up,
    down: migration_20261206_184808_blocked_guests.down,
    name: '20261206_184808_blocked_guests',
  },
  {
    up: migration_20261206_193530_moderation_log_actor_name.up,
    down: migration_20261206_193530_moderation_log_actor_name.down,
    name: '20261206_193530_moderation_log_actor_name',
  },
  {
    up: migration_20261206_215930_reader_accounts_and_demo_outbox.up,
    down: migration_20261206_215930_reader_accounts_and_demo_outbox.down,
    name: '20261206_215930_reader_accounts_and_demo_outbox',
  },
  {
    up: migration_20261206_225525_reader_notify_default_and_article_revised_at.up,
    down: migration_20261206_225525_reader_notify_default_and_article_revised_at.down,
    name: '20261206_225525_reader_notify_default_and_article_revised_at',
  },
  {
    up: migration_20261207_010832_responsive_image_sizes.up,
    down: migration_20261207_010832_responsive_image_sizes.down,
    name: '20261207_010832_responsive_image_sizes',
  },
  {
    up: migration_20261207_014853_article_views.up,
    down: migration_20261207_014853_article_views.down,
    name: '20261207_014853_article_views',
  },
  {
    up: migration_20261207_073802_warm_pages_task.up,
    down: migration_20261207_073802_warm_pages_task.down,
    name: '20261207_073802_warm_pages_task',
  },
  {
    up: migration_20261207_073900_edge_responses.up,
    down: migration_20261207_073900_edge_responses.down,
    name: '20261207_073900_edge_responses',
  },
  {
    up: migration_20261207_120000_search_newest_index.up,
    down: migration_20261207_120000_search_newest_index.down,
    name: '20261207_120000_search_newest_index',
  },
  {
    up: migration_20261207_144154_commenter_history_indexes.up,
    down: migration_20261207_144154_commenter_history_indexes.down,
    name: '20261207_144154_commenter_history_indexes',
  },
  {
    up: migration_20261207_173543_article_last_edited_by.up,
    down: migration_20261207_173543_article_last_edited_by.down,
    name: '20261207_173543_article_last_edited_by'
  },
];
