// Size benchmark for the offline search: 10,000 generated ~5 KB articles (en + vi), total index bytes, bytes of a first and second query.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.guidepost.search.OfflineSearchWriter;
import org.guidepost.search.SearchDocument;
import org.guidepost.search.SearchIndexBuilder;
import org.guidepost.search.SearchLanguage;

public class SearchSizeBench {

    static final String[] EN = ("milk supply breast baby feed feeding mother newborn latch nipple prolactin oxytocin colostrum "
            + "mastitis engorgement express storage fridge freezer water rest sleep night day hour week month doctor health "
            + "worker clinic fever pain sore cracked position hold cradle football lying skin contact warm weight growth "
            + "jaundice stool urine diaper hunger cue cry root suck swallow reflex let down hormone gland duct blocked "
            + "nutrition rice fish egg bean vegetable iron calcium vitamin alcohol smoking medicine safe risk infection "
            + "antibody immune protect family father support work return pump cup spoon bottle formula wean solid food").split(" ");
    static final String[] FILLER = ("the a of and to in is it that for on with as be at by this are or from can when your "
            + "you should will more most also each every after before during about than then so if not but").split(" ");
    static final String[] VI_INITIAL = {"b", "c", "ch", "d", "đ", "g", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
    static final String[] VI_VOWEL = {"a", "á", "à", "ả", "ã", "ạ", "ă", "ắ", "ằ", "â", "ấ", "ầ", "e", "é", "è", "ê", "ế", "ề", "ệ", "i", "í", "ì",
            "o", "ó", "ò", "ô", "ố", "ồ", "ộ", "ơ", "ớ", "ờ", "u", "ú", "ù", "ư", "ứ", "ừ", "ữ", "y", "ý"};
    static final String[] VI_FINAL = {"", "", "", "n", "ng", "nh", "c", "t", "m", "p", "i", "u"};

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/work/search-size");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random random = new Random(42);
        List<String> enVocabulary = englishVocabulary(random);
        List<String> viVocabulary = vietnameseVocabulary(random);
        List<SearchDocument> documents = new ArrayList<>();
        long textBytes = 0;
        for (int i = 0; i < articles; i++) {
            boolean english = i % 2 == 0;
            List<String> vocabulary = english ? enVocabulary : viVocabulary;
            String title = sentence(random, vocabulary, 4, english).replace(".", "");
            String summary = sentence(random, vocabulary, 18, english);
            StringBuilder body = new StringBuilder();
            List<String> headings = new ArrayList<>();
            while (body.length() < 5000) {
                if (random.nextInt(8) == 0) {
                    headings.add(sentence(random, vocabulary, 3, english).replace(".", ""));
                }
                body.append(sentence(random, vocabulary, 8 + random.nextInt(14), english)).append(' ');
            }
            String lang = english ? "en" : "vi";
            SearchDocument document = new SearchDocument(lang, lang + "/guides/article-" + i + "/index.html", title, summary, headings,
                    body.toString().strip(), List.of("topic-" + random.nextInt(12), "topic-" + (12 + random.nextInt(12))),
                    List.of("Source " + random.nextInt(50)));
            textBytes += (title + summary + String.join(" ", headings) + document.body()).getBytes(StandardCharsets.UTF_8).length;
            documents.add(document);
        }
        List<SearchLanguage> languages = List.of(new SearchLanguage("en", null), new SearchLanguage("vi", null));
        long start = System.nanoTime();
        new SearchIndexBuilder().build(work.resolve("lucene"), languages, documents);
        long indexed = System.nanoTime();
        Path site = work.resolve("public");
        new OfflineSearchWriter().write(work.resolve("lucene"), languages, Path.of("site-templates", "assets"), site);
        long exported = System.nanoTime();

        System.out.printf("articles: %d (en+vi), page text: %,d bytes%n", articles, textBytes);
        System.out.printf("lucene build: %.1f s, offline export: %.1f s%n", (indexed - start) / 1e9, (exported - indexed) / 1e9);
        for (String lang : List.of("en", "vi")) {
            Path dir = site.resolve("search").resolve(lang);
            System.out.printf("search/%s: %,d bytes in %d files (terms %,d, positions %,d, pages %,d)%n", lang, bytes(dir, ""),
                    count(dir), bytes(dir, "t"), bytes(dir, "x"), bytes(dir.resolve("d"), ""));
        }
        long library = Files.size(site.resolve("assets/search.js")) + Files.size(site.resolve("assets/search-ui.js"));
        System.out.printf("total offline index: %,d bytes (+ scripts %,d bytes)%n", bytes(site.resolve("search"), ""), library);
        for (String[] pair : new String[][] {{"en", "milk supply", "prolactin"}, {"en", "breastfeeding mother", "night doctor"},
                {"vi", "sữa mẹ", "cho con bú"}, {"vi", "sua me", "trẻ sơ sinh"}}) {
            queryBytes(site, pair[0], pair[1], pair[2], Files.size(site.resolve("assets/search-ui.js")));
        }
    }

    static void queryBytes(Path site, String lang, String first, String second, long uiBytes) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "src/test/resources/search/run-queries.js", "site-templates/assets/search.js", site.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        node.getOutputStream().write((lang + "\ttyping\t" + first + "\n" + lang + "\ttyping\t" + second + "\n").getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String[] lines = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        node.waitFor();
        long firstBytes = Long.parseLong(lines[0].split("\t")[4]);
        long secondBytes = Long.parseLong(lines[1].split("\t")[4]) - firstBytes;
        System.out.printf("%s first query \"%s\": %,d bytes incl. scripts (%s hits); then \"%s\": +%,d bytes (%s hits)%n", lang, first,
                firstBytes + uiBytes, lines[0].split("\t")[0], second, secondBytes, lines[1].split("\t")[0]);
    }

    static String sentence(Random random, List<String> vocabulary, int words, boolean english) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word;
            if (english && random.nextInt(3) == 0) {
                word = FILLER[random.nextInt(FILLER.length)];
            } else {
                double u = random.nextDouble();
                word = vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), u)) - 1));
            }
            out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
        }
        return out.toString();
    }

    static List<String> englishVocabulary(Random random) {
        List<String> words = new ArrayList<>(List.of(EN));
        String[] suffixes = {"", "s", "ing", "ed", "er", "ation", "ness", "ly"};
        String letters = "abcdefghijklmnoprstuvwy";
        while (words.size() < 20_000) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                word.append(i % 2 == 1 ? "aeiou".charAt(random.nextInt(5)) : letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word + suffixes[random.nextInt(suffixes.length)]);
        }
        return words;
    }

    static List<String> vietnameseVocabulary(Random random) {
        List<String> syllables = new ArrayList<>(List.of("sữa", "mẹ", "bú", "con", "bé", "cho", "trẻ", "sơ", "sinh", "vú", "đường", "huyết"));
        while (syllables.size() < 6_000) {
            syllables.add(VI_INITIAL[random.nextInt(VI_INITIAL.length)] + VI_VOWEL[random.nextInt(VI_VOWEL.length)] + VI_FINAL[random.nextInt(VI_FINAL.length)]);
        }
        return syllables;
    }

    static long bytes(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(prefix)).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
