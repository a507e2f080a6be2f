#!/usr/bin/env bash
# Publish the built site to an S3-compatible bucket (Cloudflare R2, Backblaze B2, Amazon S3,
# MinIO, …) when it outgrows GitHub Pages' 1 GB. `rclone sync --checksum` compares each file's
# MD5 with the bucket's and uploads only files whose bytes changed, deletes files the site no
# longer has, and leaves everything else alone: a round costs what changed, not the site.
# The same script runs in .github/workflows/scrape.yml and in tests/test_deploy.py.
#
# Usage: deploy-s3.sh [SITE_DIR]   (default site/output)
# Environment:
#   S3_BUCKET              the bucket, optionally with a folder: "news" or "news/site" (required)
#   S3_ENDPOINT            the provider's S3 endpoint, e.g. https://<account>.r2.cloudflarestorage.com
#                          or https://s3.eu-central-003.backblazeb2.com (empty: Amazon S3)
#   S3_REGION              e.g. auto (R2), eu-central-003 (B2), eu-west-1 (S3); optional
#   S3_PROVIDER            rclone's provider name: Cloudflare, AWS, Other, … (default Other)
#   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY   the bucket's key (required)
#   RCLONE                 the rclone command (default rclone)
set -euo pipefail

site="${1:-site/output}"
bucket="${S3_BUCKET:?S3_BUCKET is not set: name the bucket to publish to}"
: "${AWS_ACCESS_KEY_ID:?AWS_ACCESS_KEY_ID is not set: the id of the key to the bucket}"
: "${AWS_SECRET_ACCESS_KEY:?AWS_SECRET_ACCESS_KEY is not set: its secret}"
rclone="${RCLONE:-rclone}"
if [ ! -f "$site/index.html" ]; then
  echo "deploy-s3: $site/index.html is missing: build the site first" >&2
  exit 1
fi

# An rclone remote named "bucket", defined by environment variables only: no config file,
# and the secret never appears on a command line.
export RCLONE_CONFIG_BUCKET_TYPE=s3
export RCLONE_CONFIG_BUCKET_PROVIDER="${S3_PROVIDER:-Other}"
export RCLONE_CONFIG_BUCKET_ACCESS_KEY_ID="$AWS_ACCESS_KEY_ID"
export RCLONE_CONFIG_BUCKET_SECRET_ACCESS_KEY="$AWS_SECRET_ACCESS_KEY"
export RCLONE_CONFIG_BUCKET_ENDPOINT="${S3_ENDPOINT:-}"
export RCLONE_CONFIG_BUCKET_REGION="${S3_REGION:-}"
export RCLONE_CONFIG_BUCKET_NO_CHECK_BUCKET=true
# rclone's AWS library refuses AWS_CA_BUNDLE ("unsupported transport"); hand it to rclone itself.
if [ -n "${AWS_CA_BUNDLE:-}" ]; then
  export RCLONE_CA_CERT="$AWS_CA_BUNDLE"
  unset AWS_CA_BUNDLE
fi

# --checksum: equal size and MD5 means equal, whatever the mtimes (a restored cache or a fresh
# checkout gives every file a new one); --no-update-modtime: an equal file is not touched at
# all; -v: one "Copied"/"Deleted" line per file changed, for the log. The output's mark
# (.newsdiff-build: which build left the folder whole) is the builder's, not the readers'.
"$rclone" sync --checksum --no-update-modtime --fast-list --stats-one-line -v \
  --exclude "/.newsdiff-build" "$site" "bucket:$bucket"
