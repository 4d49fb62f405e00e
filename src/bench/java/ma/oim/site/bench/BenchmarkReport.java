package ma.oim.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Turns the benchmark's raw results (src/bench/run.sh writes them, one tab-separated
 * record a line) into Markdown tables and two SVG charts, and puts the tables into
 * docs/performance.md between its "benchmark results" markers.
 *
 * <p>Usage: {@code BenchmarkReport results.tsv [performance.md throughput.svg scaling.svg]}.
 * Without the last three, it only prints the tables.
 */
public final class BenchmarkReport {

	static final String BEGIN = "<!-- benchmark results: begin (written by src/bench/run.sh) -->";

	static final String END = "<!-- benchmark results: end -->";

	/** The pages the targets name: at least a third of nginx's requests/s, p99 under 20 ms. */
	static final List<String> CACHED_TARGET_PAGES = List.of("home", "news", "article", "article-en");

	/** A page measured at each number of articles, as the scaling chart draws it. */
	record Scaled(String page, String label, String colour) {
	}

	static final List<Scaled> SCALED_PAGES = List.of(new Scaled("news", "news list", "#0033a0"),
			new Scaled("article", "article", "#5b92e5"), new Scaled("article-en", "English article", "#2e8b57"),
			new Scaled("search", "search", "#d2691e"));

	/** What the benchmark's script calls each instance it starts. */
	static final Map<String, String> INSTANCES = Map.of("plain", "jar alone (`java -jar`)", "fast",
			"jar with Spring AOT and CDS", "main",
			"jar with Spring AOT and CDS, page cache on", "uncached", "jar with Spring AOT and CDS, page cache off");

	/** One load run: requests/s, latency percentiles in milliseconds, errors. */
	record Load(String phase, String page, String server, String options, double rps, double p50, double p99,
			long errors, long requests) {
	}

	record Start(String name, String logged, String firstPage, long rssKb) {
	}

	/** What a phone of this width and density downloads for the article with three photos, before the photos below the fold. */
	record PhoneWeight(int width, String devicePixelRatio, long bytes, String parts) {
	}

	record Weight(String name, long plain, long gzipped) {
	}

	private final Map<String, String> machine = new LinkedHashMap<>();

	private final List<Load> loads = new ArrayList<>();

	private final List<Start> starts = new ArrayList<>();

	private final List<Weight> weights = new ArrayList<>();

	private final List<PhoneWeight> phoneWeights = new ArrayList<>();

	private final Map<String, String> generated = new LinkedHashMap<>();

	private long maxRssKb;

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws IOException {
		BenchmarkReport report = read(Path.of(args[0]));
		String tables = report.markdown();
		System.out.println(tables);
		if (args.length == 4) {
			Path document = Path.of(args[1]);
			String text = Files.readString(document, StandardCharsets.UTF_8);
			int begin = text.indexOf(BEGIN);
			int end = text.indexOf(END);
			if (begin < 0 || end < begin) {
				throw new IllegalStateException(document + " has no benchmark result markers");
			}
			Files.writeString(document, text.substring(0, begin + BEGIN.length()) + "\n\n" + tables + "\n"
					+ text.substring(end), StandardCharsets.UTF_8);
			Files.writeString(Path.of(args[2]), report.throughputChart(), StandardCharsets.UTF_8);
			Files.writeString(Path.of(args[3]), report.scalingChart(), StandardCharsets.UTF_8);
			System.out.println("Written: " + args[1] + ", " + args[2] + ", " + args[3]);
		}
	}

	static BenchmarkReport read(Path results) throws IOException {
		BenchmarkReport report = new BenchmarkReport();
		for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
			String[] f = line.split("\t", -1);
			switch (f[0]) {
				case "machine" -> report.machine.put(f[1], f[2]);
				case "load" -> report.loads.add(new Load(f[1], f[2], f[3], f[4], Double.parseDouble(f[5]),
						Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9])));
				case "start" -> report.starts.add(new Start(f[1], f[2], f[3], Long.parseLong(f[4])));
				case "rss" -> report.maxRssKb = Math.max(report.maxRssKb, Long.parseLong(f[2]));
				case "weight" -> report.weights.add(new Weight(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
				case "phone" -> report.phoneWeights
					.add(new PhoneWeight(Integer.parseInt(f[1]), f[2], Long.parseLong(f[3]), f[4]));
				case "generated" -> report.generated.put(f[1], f[2]);
				default -> throw new IllegalArgumentException("Unknown record: " + line);
			}
		}
		report.keepMedianRuns();
		return report;
	}

	/**
	 * A page measured several times in the same phase (taken in turn with the others) is
	 * reported by its median run, by p50, with that run's other figures.
	 */
	private void keepMedianRuns() {
		Map<List<String>, List<Load>> runs = new LinkedHashMap<>();
		for (Load load : this.loads) {
			runs.computeIfAbsent(List.of(load.phase(), load.page(), load.server()), (key) -> new ArrayList<>()).add(load);
		}
		this.loads.clear();
		for (List<Load> same : runs.values()) {
			same.sort(Comparator.comparingDouble(Load::p50));
			this.loads.add(same.get(same.size() / 2));
		}
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Run of ").append(this.machine.get("date")).append(" on ").append(this.machine.get("cpu"))
			.append(", ").append(this.machine.get("cores")).append(" cores, ").append(this.machine.get("memory"))
			.append(". Load average before: ").append(this.machine.get("load_before")).append("; after: ")
			.append(this.machine.get("load_after")).append(". Hashing 200 MB with sha256sum took ")
			.append(this.machine.getOrDefault("cpu_reference", "?"))
			.append(" s (a core's arithmetic speed at the time). ").append(this.machine.get("java"))
			.append(", nginx ")
			.append(this.machine.get("nginx")).append(", wrk ").append(this.machine.get("wrk"))
			.append(". JVM options: `").append(this.machine.get("java_opts")).append("`.\n\n");

		md.append("#### Pages under load: the application (page cache on) and nginx (the same pages, pre-compressed)\n\n");
		md.append("`wrk -t2 -c32 -d").append(this.machine.get("duration"))
			.append(" --latency -H 'Accept-Encoding: gzip'`, seed content plus ")
			.append(String.format(Locale.ROOT, "%,d", Long.parseLong(this.machine.get("articles"))))
			.append(" generated articles, wrk on the same cores.\n\n");
		md.append("| page | app req/s | nginx req/s | app / nginx | app p50 | app p99 | nginx p50 | nginx p99 | errors (app, nginx) | targets |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Load app : phase("main", "app")) {
			Load nginx = find("main", app.page(), "nginx").orElseThrow();
			double ratio = app.rps() / nginx.rps();
			md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f | %s | %s | %s | %s | %d, %d | %s |%n",
					app.page(), app.rps(), nginx.rps(), ratio, ms(app.p50()), ms(app.p99()), ms(nginx.p50()),
					ms(nginx.p99()), app.errors(), nginx.errors(), cachedTargets(app, ratio)));
		}

		md.append("\n#### One page rendered without any cache, one connection\n\n");
		md.append("A second instance with `oim.page-cache.enabled=false`, once its JIT has settled (warm-up: ")
			.append(this.machine.getOrDefault("warmup_taken", this.machine.get("warmup"))).append("), `wrk -t1 -c1 -d").append(this.machine.get("short"))
			.append("`, ").append(this.machine.getOrDefault("repeat", "1"))
			.append(" runs of each page in turn, the median run shown: what the first visitor after a publication waits for. ")
			.append("Target: at most 5 ms, read here as the median (p50).\n\n");
		md.append("| page | req/s | p50 | p99 | errors | target |\n|---|---:|---:|---:|---:|---|\n");
		for (Load load : phase("uncached", "app")) {
			md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %d | %s |%n", load.page(), load.rps(),
					ms(load.p50()), ms(load.p99()), load.errors(), uncachedTarget(load)));
		}

		md.append("\n#### How cost grows with the number of articles (no page cache)\n\n");
		md.append("One connection (`-t1 -c1 -d").append(this.machine.get("short"))
			.append("`, median of ").append(this.machine.getOrDefault("repeat", "1"))
			.append(" runs) for the news list, an article in French and one in English, and a search; search again at 32 connections. ")
			.append("With the page cache on, list and article pages are served from memory at every size.\n\n");
		md.append("| articles |");
		SCALED_PAGES.forEach((scaled) -> md.append(" ").append(scaled.label()).append(" p50 | ").append(scaled.label())
			.append(" p99 |"));
		md.append(" search at 32 connections: req/s, p99 | generated in |\n|---:|");
		md.append("---:|---:|".repeat(SCALED_PAGES.size())).append("---:|---:|\n");
		for (int size : sizes()) {
			String phase = "scale-" + size;
			md.append(String.format(Locale.ROOT, "| %,d |", size));
			for (Scaled scaled : SCALED_PAGES) {
				Load load = find(phase, scaled.page(), "app").orElseThrow();
				md.append(" ").append(ms(load.p50())).append(" | ").append(ms(load.p99())).append(" |");
			}
			Load search32 = find(phase, "search-32", "app").orElseThrow();
			md.append(String.format(Locale.ROOT, " %,.0f, %s | %s s |%n", search32.rps(), ms(search32.p99()),
					this.generated.getOrDefault(String.valueOf(size), "?")));
		}

		md.append("\n#### Start-up and memory\n\n");
		md.append("Target: started in at most 5 s; under 350 MB resident under load. Three starts each way before any load "
				+ "(load average then: ").append(this.machine.getOrDefault("load_at_startup", "?"))
			.append("), then the two instances of the runs above (started while another JVM was still compiling what it "
					+ "had served).\n\n");
		md.append("| instance | \"Started ... in\" | JVM launch to first page | RSS after start |\n|---|---|---:|---:|\n");
		for (Start start : this.starts) {
			String kind = start.name().replaceFirst("-\\d+$", "");
			md.append(String.format(Locale.ROOT, "| %s | %s s (%s) | %s s | %d MB |%n", INSTANCES.getOrDefault(kind, kind),
					start.logged(), (Double.parseDouble(start.logged()) <= 5) ? "met" : "missed", start.firstPage(),
					start.rssKb() / 1024));
		}
		md.append(String.format(Locale.ROOT, "%nHighest resident memory (RSS) of the application during the load runs: **%d MB** "
				+ "(%s; PostgreSQL's processes not included).%n", this.maxRssKb / 1024,
				(this.maxRssKb < 350 * 1024) ? "met" : "missed"));

		md.append("\n#### Page weights\n\n| resource | bytes | gzipped |\n|---|---:|---:|\n");
		for (Weight weight : this.weights) {
			md.append(String.format(Locale.ROOT, "| %s | %,d | %,d |%n", weight.name(), weight.plain(), weight.gzipped()));
		}
		md.append("\n#### An article with three photos on a phone\n\nBefore the photos below the fold, transfer sizes "
				+ "as Chromium counts them (headers included, cache off); budget 80 KB (81,920 bytes).\n\n"
				+ "| width | device pixels per CSS pixel | bytes | budget | what it loaded |\n|---:|---:|---:|---|---|\n");
		for (PhoneWeight phone : this.phoneWeights) {
			md.append(String.format(Locale.ROOT, "| %d px | %s | %,d | %s | %s |%n", phone.width(),
					phone.devicePixelRatio(), phone.bytes(), (phone.bytes() <= 80 * 1024) ? "met" : "missed",
					parts(phone.parts())));
		}
		md.append("\n![Requests per second, application and nginx](performance-throughput.svg)\n\n");
		md.append("![Latency of list, article and search by number of articles](performance-scaling.svg)\n");
		return md.toString();
	}

	/** {@code [["document",3415],["/media/3/w/480.webp",27938]]} as "document 3,415 · /media/3/w/480.webp 27,938". */
	private static String parts(String json) {
		java.util.regex.Matcher part = java.util.regex.Pattern.compile("\\[\"([^\"|]*)\",(\\d+)\\]").matcher(json);
		List<String> shown = new ArrayList<>();
		while (part.find()) {
			shown.add(String.format(Locale.ROOT, "%s %,d", part.group(1), Long.parseLong(part.group(2))));
		}
		return String.join(" · ", shown);
	}

	private String cachedTargets(Load app, double ratio) {
		if (!CACHED_TARGET_PAGES.contains(app.page())) {
			return "";
		}
		List<String> missed = new ArrayList<>();
		if (ratio < 1.0 / 3) {
			missed.add("ratio");
		}
		if (app.p99() >= 20) {
			missed.add("p99");
		}
		if (app.errors() > 0) {
			missed.add("errors");
		}
		return missed.isEmpty() ? "met" : "missed: " + String.join(", ", missed);
	}

	/** The search has a target of its own (p99 under 50 ms with 100,000 articles, the table after). */
	private static String uncachedTarget(Load load) {
		if ("search".equals(load.page())) {
			return "its own: next table";
		}
		return (load.p50() <= 5) ? "met" : "missed";
	}

	/** Requests per second by page, application and nginx, on a logarithmic scale. */
	String throughputChart() {
		List<Load> apps = phase("main", "app");
		int rowHeight = 46;
		int left = 90;
		int width = 720;
		int plot = width - left - 30;
		int height = 70 + apps.size() * rowHeight + 30;
		double decades = 5; // 10 to 1,000,000
		ToDoubleFunction<Double> x = (value) -> left + plot * Math.log10(Math.max(value, 10) / 10) / decades;
		StringBuilder svg = header(width, height, "Requests per second (logarithmic scale), wrk -t2 -c32");
		for (int power = 1; power <= 6; power++) {
			double gx = x.applyAsDouble(Math.pow(10, power));
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"50\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n",
					gx, gx, height - 25, gx, height - 10, String.format(Locale.ROOT, "%,d", (long) Math.pow(10, power))));
		}
		legend(svg, width - 250, 36, "#0033a0", "application (page cache)", "#999", "nginx (static files)");
		int y = 60;
		for (Load app : apps) {
			Load nginx = find("main", app.page(), "nginx").orElseThrow();
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">%s</text>%n",
					left - 8, y + 22, app.page()));
			bar(svg, left, y + 4, x.applyAsDouble(app.rps()) - left, "#0033a0", app.rps());
			bar(svg, left, y + 22, x.applyAsDouble(nginx.rps()) - left, "#999", nginx.rps());
			y += rowHeight;
		}
		return svg.append("</svg>\n").toString();
	}

	/** p99 latency of list, article and search (one connection) by number of articles. */
	String scalingChart() {
		List<Integer> sizes = sizes();
		int width = 720;
		int height = 360;
		int left = 70;
		int top = 50;
		int plotWidth = width - left - 40;
		int plotHeight = height - top - 60;
		double max = 0;
		for (int size : sizes) {
			for (Scaled scaled : SCALED_PAGES) {
				max = Math.max(max, find("scale-" + size, scaled.page(), "app").map(Load::p99).orElse(0.0));
			}
		}
		double ceiling = niceCeiling(max);
		StringBuilder svg = header(width, height, "p99 latency without page cache, one connection (ms)");
		for (int i = 0; i <= 4; i++) {
			double value = ceiling * i / 4;
			double gy = top + plotHeight - plotHeight * value / ceiling;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
							+ "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s</text>%n",
					left, gy, left + plotWidth, gy, left - 6, gy + 4, trim(value)));
		}
		double step = (sizes.size() > 1) ? plotWidth / (double) (sizes.size() - 1) : 0;
		for (int i = 0; i < sizes.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s articles</text>%n",
					left + step * i, top + plotHeight + 22, String.format(Locale.ROOT, "%,d", sizes.get(i))));
		}
		int legendX = left + 10;
		for (Scaled scaled : SCALED_PAGES) {
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < sizes.size(); i++) {
				double value = find("scale-" + sizes.get(i), scaled.page(), "app").map(Load::p99).orElse(0.0);
				double px = left + step * i;
				double py = top + plotHeight - plotHeight * value / ceiling;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", px, py,
						scaled.colour()));
			}
			svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
					points.toString().strip(), scaled.colour()));
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n",
					legendX, height - 24, scaled.colour(), legendX + 16, height - 14,
					scaled.label()));
			legendX += 140;
		}
		return svg.append("</svg>\n").toString();
	}

	private static StringBuilder header(int width, int height, String title) {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"sans-serif\" role=\"img\" aria-label=\"%s\">%n"
						+ "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n"
						+ "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
				width, height, width, height, title, title));
	}

	private static void legend(StringBuilder svg, int x, int y, String colour, String label, String otherColour,
			String otherLabel) {
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n"
						+ "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n",
				x, y - 22, colour, x + 16, y - 12, label, x, y - 4, otherColour, x + 16, y + 6, otherLabel));
	}

	private static void bar(StringBuilder svg, int x, int y, double length, String colour, double value) {
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
						+ "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>%n",
				x, y, Math.max(length, 1), colour, x + Math.max(length, 1) + 4, y + 12,
				String.format(Locale.ROOT, "%,.0f", value)));
	}

	private static double niceCeiling(double value) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 0.1))));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * magnitude >= value) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String trim(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String ms(double milliseconds) {
		return (milliseconds < 10) ? String.format(Locale.ROOT, "%.2f ms", milliseconds)
				: String.format(Locale.ROOT, "%.1f ms", milliseconds);
	}

	private List<Load> phase(String phase, String server) {
		return this.loads.stream().filter((load) -> load.phase().equals(phase) && load.server().equals(server)).toList();
	}

	private Optional<Load> find(String phase, String page, String server) {
		return this.loads.stream()
			.filter((load) -> load.phase().equals(phase) && load.page().equals(page) && load.server().equals(server))
			.findFirst();
	}

	private List<Integer> sizes() {
		TreeSet<Integer> sizes = new TreeSet<>();
		for (Load load : this.loads) {
			if (load.phase().startsWith("scale-")) {
				sizes.add(Integer.parseInt(load.phase().substring("scale-".length())));
			}
		}
		return List.copyOf(sizes);
	}

}
