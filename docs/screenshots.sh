#!/usr/bin/env bash
# Takes the search page's screenshots in docs/ again: runs the browser test that photographs the
# bundled sample at desktop (1366x900) and phone (390x844) sizes in headless Chromium, then copies
# its pictures here. Needs what the browser tests need (chromium and chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(./newsearch java-home)" ./mvnw -B -q -pl search-service -am verify \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='SearchPageIT#screenshotsOfTheDesktopAndThePhone' -Dfailsafe.failIfNoSpecifiedTests=false
shots=search-service/target/screenshots
cp "$shots/docs-desktop.png" docs/search-page.png
cp "$shots/docs-phone.png" docs/search-page-phone.png
cp "$shots/docs-phone-filters.png" docs/search-page-phone-filters.png
echo "docs/search-page.png, docs/search-page-phone.png, docs/search-page-phone-filters.png"
