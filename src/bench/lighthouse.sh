#!/usr/bin/env bash
# Lighthouse (mobile preset: a throttled mid-range phone on slow 4G, simulated) on every
# public page type in every language, against a running site:
#
#   bash src/bench/lighthouse.sh http://127.0.0.1:18080
#
# run.sh calls it on the application it benchmarks. It installs lighthouse@12.2.3 from npm
# (pinned: 13.x needs Node 22) into BENCH_TOOLS (~/.cache/oim-bench), runs it with
# Debian's Chromium, prints a table of the scores, cumulative layout shift, largest
# contentful paint and bytes transferred, and writes it into docs/performance.md between
# its "lighthouse results" markers (LIGHTHOUSE_REPORT=0: print only). Scores measured on a
# machine busy with other work are pessimistic: Lighthouse's simulation scales what it
# observes.
set -euo pipefail

BASE=${1:?usage: lighthouse.sh BASE_URL}
BASE=${BASE%/}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${BENCH_TOOLS:-$HOME/.cache/oim-bench}
VERSION=12.2.3
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
REPORT=${LIGHTHOUSE_REPORT:-1}
# A regular expression on "language page" to measure only some rows (then nothing is written
# into docs/performance.md): LIGHTHOUSE_ONLY='search' bash src/bench/lighthouse.sh URL
ONLY=${LIGHTHOUSE_ONLY:-}

# The pages: language, page type, path. A language joins by adding its rows.
PAGES=(
	"fr home /fr"
	"en home /en"
	"fr organisation-page /fr/qui-sommes-nous"
	"en organisation-page /en/who-we-are"
	"fr axes /fr/notre-travail/ce-que-nous-faisons"
	"en axes /en/our-work/what-we-do"
	"fr axis /fr/notre-travail/axes/protection-et-resilience"
	"en axis /en/our-work/areas/protection-and-resilience"
	"fr news /fr/actualites"
	"en news /en/news"
	"fr news-filtered /fr/actualites?year=2016&axis=protection-et-resilience"
	"en news-filtered /en/news?year=2016&axis=protection-and-resilience"
	"fr article /fr/actualites/cop22-la-mobilite-humaine-au-coeur-des-preoccupations-du-maroc"
	"en article /en/news/cop22-human-mobility-at-the-heart-of-morocco-s-concerns"
	"fr partners /fr/partenaires"
	"en partners /en/partners"
	"fr search-form /fr/recherche"
	"en search-form /en/search"
	"fr search /fr/recherche?q=migration"
	"en search /en/search?q=migration"
	"fr contact /fr/contact"
	"en contact /en/contact"
	"fr publications /fr/publications"
	"en publications /en/publications"
	# A publication's page: run.sh's database has it (BenchmarkDatabase); another site may not.
	"fr publication /fr/publications/rapport-de-reference-1"
	"en publication /en/publications/reference-report-1"
	# The events list: run.sh's database has twelve events (BenchmarkDatabase).
	"fr events /fr/evenements"
	"en events /en/events"
	# The calls list: run.sh's database has twelve calls (BenchmarkDatabase).
	"fr calls /fr/appels"
	"en calls /en/calls"
	"fr press-releases /fr/communiques-de-presse"
	"en press-releases /en/press-releases"
	"fr stories /fr/recits"
	"en stories /en/stories"
	# An article with three photos: run.sh's database has it (BenchmarkDatabase).
	"fr article-photos /fr/actualites/trois-photos-sur-un-telephone"
	"fr 404 /fr/cette-page-n-existe-pas"
	"en 404 /en/no-such-page"
	# Arabic paths percent-encoded (RFC 3987): the same addresses the site links to.
	"ar home /ar"
	"ar organisation-page /ar/%D9%85%D9%86-%D9%86%D8%AD%D9%86"
	"ar axes /ar/%D8%B9%D9%85%D9%84%D9%86%D8%A7/%D9%85%D8%A7-%D9%86%D9%82%D9%88%D9%85-%D8%A8%D9%87"
	"ar axis /ar/%D8%B9%D9%85%D9%84%D9%86%D8%A7/%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%88%D8%B1/%D8%A7%D9%84%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%82%D8%AF%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B5%D9%85%D9%88%D8%AF"
	"ar news /ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"
	"ar news-filtered /ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1?year=2016&axis=%D8%A7%D9%84%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%82%D8%AF%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B5%D9%85%D9%88%D8%AF"
	"ar article /ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/cop22-%D8%A7%D9%84%D8%AA%D9%86%D9%82%D9%84-%D8%A7%D9%84%D8%A8%D8%B4%D8%B1%D9%8A-%D9%81%D9%8A-%D8%B5%D9%84%D8%A8-%D8%A7%D9%87%D8%AA%D9%85%D8%A7%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8"
	"ar partners /ar/%D8%A7%D9%84%D8%B4%D8%B1%D9%83%D8%A7%D8%A1"
	"ar search-form /ar/%D8%A8%D8%AD%D8%AB"
	"ar search /ar/%D8%A8%D8%AD%D8%AB?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9"
	"ar contact /ar/%D8%A7%D8%AA%D8%B5%D9%84-%D8%A8%D9%86%D8%A7"
	"ar publications /ar/%D9%85%D9%86%D8%B4%D9%88%D8%B1%D8%A7%D8%AA"
	"ar publication /ar/%D9%85%D9%86%D8%B4%D9%88%D8%B1%D8%A7%D8%AA/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D9%85%D8%B1%D8%AC%D8%B9%D9%8A-1"
	"ar events /ar/%D9%81%D8%B9%D8%A7%D9%84%D9%8A%D8%A7%D8%AA"
	"ar calls /ar/%D9%86%D8%AF%D8%A7%D8%A1%D8%A7%D8%AA"
	"ar stories /ar/%D9%82%D8%B5%D8%B5"
	"ar press-releases /ar/%D8%A8%D9%84%D8%A7%D8%BA%D8%A7%D8%AA-%D8%B5%D8%AD%D9%81%D9%8A%D8%A9"
	"ar 404 /ar/%D8%B5%D9%81%D8%AD%D8%A9-%D8%BA%D9%8A%D8%B1-%D9%85%D9%88%D8%AC%D9%88%D8%AF%D8%A9"
)
if [ -n "$ONLY" ]; then
	SELECTED=()
	for entry in "${PAGES[@]}"; do
		read -r language name _ <<< "$entry"
		if [[ "$language $name" =~ $ONLY ]]; then
			SELECTED+=("$entry")
		fi
	done
	PAGES=("${SELECTED[@]}")
	REPORT=0
fi

LIGHTHOUSE="$TOOLS/lighthouse-$VERSION/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ]; then
	printf '\n== Installing lighthouse@%s from npm into %s\n' "$VERSION" "$TOOLS" >&2
	mkdir -p "$TOOLS/lighthouse-$VERSION"
	npm install --prefix "$TOOLS/lighthouse-$VERSION" --no-audit --no-fund --silent "lighthouse@$VERSION" >&2
fi

OUT=$(mktemp -d /tmp/oim-lighthouse.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
for entry in "${PAGES[@]}"; do
	read -r language name path <<< "$entry"
	printf '== Lighthouse %s %s\n' "$language" "$path" >&2
	# A 404 page is measured too: Lighthouse reports its status and still scores it.
	CHROME_PATH=$CHROMIUM "$LIGHTHOUSE" "$BASE$path" --quiet --output=json \
		--output-path="$OUT/$language-$name.json" --chrome-flags="--headless=new --no-sandbox" \
		--only-categories=performance,accessibility,best-practices,seo || true
done

TABLE=$(node - "$OUT" "${PAGES[@]}" <<- 'EOF'
	const fs = require('fs');
	const [dir, ...pages] = process.argv.slice(2);
	const score = (report, id) => {
	  const category = report.categories[id];
	  return (category && category.score !== null) ? Math.round(category.score * 100) : '–';
	};
	const rows = ['| language | page | performance | accessibility | best practices | SEO | CLS | LCP (s) | bytes |',
	  '|---|---|---:|---:|---:|---:|---:|---:|---:|'];
	for (const page of pages) {
	  const [language, name, path] = page.split(' ');
	  const file = `${dir}/${language}-${name}.json`;
	  if (!fs.existsSync(file)) {
	    rows.push(`| ${language} | ${name} | failed | | | | | | |`);
	    continue;
	  }
	  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
	  if (report.runtimeError) {
	    // Lighthouse scores no error page (the 404 page): it says why instead.
	    rows.push(`| ${language} | ${name} | not scored: ${report.runtimeError.code} | | | | | | |`);
	    continue;
	  }
	  const audit = (id) => {
	    const value = report.audits[id] && report.audits[id].numericValue;
	    return (typeof value === 'number') ? value : NaN;
	  };
	  rows.push(`| ${language} | [${name}](${path.replace(/\|/g, '%7C')}) | ${score(report, 'performance')} | `
	    + `${score(report, 'accessibility')} | ${score(report, 'best-practices')} | ${score(report, 'seo')} | `
	    + `${audit('cumulative-layout-shift').toFixed(3)} | ${(audit('largest-contentful-paint') / 1000).toFixed(1)} | `
	    + `${Math.round(audit('total-byte-weight'))} |`);
	}
	console.log(rows.join('\n'));
	EOF
)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
SUMMARY="Lighthouse $VERSION, mobile preset (simulated throttling), Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'), $(date -u '+%Y-%m-%d %H:%M UTC'), load average after the runs $LOAD."
printf '%s\n\n%s\n' "$SUMMARY" "$TABLE"

if [ "$REPORT" = 1 ]; then
	DOC="$ROOT/docs/performance.md"
	START='<!-- lighthouse results -->'
	END='<!-- end of lighthouse results -->'
	grep -qF "$START" "$DOC" || printf '\n%s\n%s\n' "$START" "$END" >> "$DOC"
	BLOCK=$(printf '%s\n\n%s' "$SUMMARY" "$TABLE")
	BLOCK="$BLOCK" START="$START" END="$END" perl -0pi -e \
		's/\Q$ENV{START}\E.*?\Q$ENV{END}\E/$ENV{START}\n$ENV{BLOCK}\n$ENV{END}/s' "$DOC"
fi
