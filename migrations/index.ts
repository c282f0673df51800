import * as migration_20261127_153055_initial from './20261127_153055_initial'
import * as migration_20261128_002208_claim_reasons_and_comment_signals from './20261128_002208_claim_reasons_and_comment_signals'
import * as migration_20261128_030000_rate_limits_and_login_throttle from './20261128_030000_rate_limits_and_login_throttle'
import * as migration_20261128_031000_live_sources from './20261128_031000_live_sources'
import * as migration_20261207_200000_crisis_handled_privately from './20261207_200000_crisis_handled_privately'
import * as migration_20261207_222952_review_assignments from './20261207_222952_review_assignments'
import * as migration_20261207_230757_review_comments from './20261207_230757_review_comments'

export const migrations = [
  {
    up: migration_20261127_153055_initial.up,
    down: migration_20261127_153055_initial.down,
    name: '20261127_153055_initial',
  },
  {
    up: migration_20261128_002208_claim_reasons_and_comment_signals.up,
    down: migration_20261128_002208_claim_reasons_and_comment_signals.down,
    name: '20261128_002208_claim_reasons_and_comment_signals',
  },
  {
    up: migration_20261128_030000_rate_limits_and_login_throttle.up,
    down: migration_20261128_030000_rate_limits_and_login_throttle.down,
    name: '20261128_030000_rate_limits_and_login_throttle',
  },
  {
    up: migration_20261128_031000_live_sources.up,
    down: migration_20261128_031000_live_sources.down,
    name: '20261128_031000_live_sources',
  },
  {
    up: migration_20261207_200000_crisis_handled_privately.up,
    down: migration_20261207_200000_crisis_handled_privately.down,
    name: '20261207_200000_crisis_handled_privately',
  },
  {
    up: migration_20261207_222952_review_assignments.up,
    down: migration_20261207_222952_review_assignments.down,
    name: '20261207_222952_review_assignments',
  },
  {
    up: migration_20261207_230757_review_comments.up,
    down: migration_20261207_230757_review_comments.down,
    name: '20261207_230757_review_comments',
  },
]
