#!/usr/bin/env bash
# One scheduled round: fetch and commit with newsdiff, then push, rebasing on a concurrent
# push. The same script runs in GitHub Actions and in scripts/run_workflow_locally.py.
# Arguments are passed to `newsdiff run`. Environment: REMOTE (default origin),
# BRANCH (default: the current branch), NEWSDIFF (default: newsdiff).
set -euo pipefail

remote="${REMOTE:-origin}"
branch="${BRANCH:-$(git rev-parse --abbrev-ref HEAD)}"
newsdiff="${NEWSDIFF:-newsdiff}"

"$newsdiff" run "$@"

for attempt in 1 2 3 4 5; do
  git fetch --quiet "$remote" "$branch"
  if [ "$(git rev-list --count "$remote/$branch..HEAD")" = 0 ]; then
    echo "nothing new to push"
    exit 0
  fi
  if git push --quiet "$remote" "HEAD:$branch"; then
    echo "pushed"
    exit 0
  fi
  echo "push rejected (attempt $attempt): someone pushed first; replaying this round on theirs"
  git fetch --quiet "$remote" "$branch"
  # Not `git rebase`: each of this round's versions is saved again on top of the other run's
  # history, so version numbers stay true and a version both runs saw is recorded once.
  "$newsdiff" replay --onto "$remote/$branch"
  sleep $((attempt * 2))
done
echo "could not push after 5 attempts" >&2
exit 1
