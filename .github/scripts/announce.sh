#!/usr/bin/env bash
# After a pushed round: save the new versions to the Wayback Machine and post the notable
# edits to Mastodon and Bluesky, each only when its secrets are set; then push what was done,
# which is recorded as git notes (refs/notes/newsdiff-*: the snapshot addresses the site links,
# and the double-post guard). The round is already pushed, so nothing here fails the workflow.
# Environment: REMOTE (default origin), NEWSDIFF (default: newsdiff), ARCHIVE_MINUTES (5),
# WAYBACK_ACCESS_KEY/WAYBACK_SECRET, NEWSDIFF_MASTODON_URL/NEWSDIFF_MASTODON_TOKEN,
# NEWSDIFF_BLUESKY_HANDLE/NEWSDIFF_BLUESKY_PASSWORD, NEWSDIFF_SITEURL.
set -euo pipefail

remote="${REMOTE:-origin}"
newsdiff="${NEWSDIFF:-newsdiff}"
notes="refs/notes/newsdiff-*"

# What earlier runs archived and posted. actions/checkout does not fetch notes.
git fetch --quiet "$remote" "+$notes:$notes" || echo "no notes on $remote yet"

if [ -n "${WAYBACK_ACCESS_KEY:-}" ] && [ -n "${WAYBACK_SECRET:-}" ]; then
  "$newsdiff" archive-versions --max-minutes "${ARCHIVE_MINUTES:-5}" \
    || echo "archive-versions failed; the next run tries again" >&2
fi

if { [ -n "${NEWSDIFF_MASTODON_TOKEN:-}" ] && [ -n "${NEWSDIFF_MASTODON_URL:-}" ]; } \
  || { [ -n "${NEWSDIFF_BLUESKY_HANDLE:-}" ] && [ -n "${NEWSDIFF_BLUESKY_PASSWORD:-}" ]; }; then
  "$newsdiff" announce || echo "announce failed; the next run tries again" >&2
fi

if [ -z "$(git for-each-ref --format='%(refname)' "$notes")" ]; then
  exit 0
fi
for attempt in 1 2 3; do
  if git push --quiet "$remote" "$notes:$notes"; then
    echo "notes pushed"
    exit 0
  fi
  echo "notes push rejected (attempt $attempt): merging the remote's notes into ours"
  for ref in $(git for-each-ref --format='%(refname)' "$notes"); do
    theirs="refs/notes-remote/${ref#refs/notes/}"
    if git fetch --quiet "$remote" "+$ref:$theirs"; then
      # Notes are lines of facts: the union of both sides loses nothing.
      git notes --ref="$ref" merge -q -s cat_sort_uniq "$theirs"
    fi
  done
done
echo "could not push the notes after 3 attempts" >&2
exit 0
