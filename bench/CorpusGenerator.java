import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a deterministic en+vi benchmark corpus twice: as a Guidepost site and as the equivalent Hugo site. */
public final class CorpusGenerator {

    private static final long DEFAULT_SEED = 20240428L;
    private static final int SOURCE_COUNT = 50;
    private static final String[] SECTIONS = {
        "pregnancy", "breastfeeding", "nutrition", "newborn-care", "sleep",
        "vaccination", "hygiene", "mental-health", "growth", "family-planning"};
    private static final int CHECKLISTS = 3;
    private static final int ARTICLES_PER_CHECKLIST = 8;
    private static final String[] TOPICS = {
        "breastfeeding", "milk-supply", "nutrition", "hydration", "sleep", "hygiene", "vaccines",
        "fever", "growth", "weaning", "postpartum", "pregnancy", "mental-health", "safety",
        "first-aid", "family-planning", "newborn", "diarrhoea", "anaemia", "dental-care"};
    private static final String[] AUDIENCES = {"mothers", "families", "health-workers"};
    private static final String[] FREQUENCIES = {".once", ".daily", ".every-feed", ".every-night", ".as-needed"};
    private static final String[] WHO = {"mother", "family", "health-worker", "mother,family", "mother,health-worker"};
    private static final String[] AUTHORS = {
        "Nguyen Chi Thanh", "Tran Thi Mai", "Le Van Hung", "Pham Thu Ha", "Hoang Minh Duc",
        "Vu Thi Lan", "Dang Quoc Bao", "Bui Thanh Huong", "Do Van Nam", "Ngo Thi Hoa",
        "Sarah Collins", "James Okafor", "Amina Diallo", "Priya Raman", "Lucia Fernandez",
        "Tom Becker", "Hannah Weiss", "Kofi Mensah", "Maria Santos", "Ravi Kumar"};
    private static final String[] CREDENTIALS = {
        "Specialist level 2 doctor", "Midwife", "IBCLC lactation consultant", "Paediatrician",
        "Public health nurse", "Nutritionist"};
    private static final String[] SOURCE_TYPES = {"guideline", "web page", "blog post", "article", "book"};
    private static final String[] ISSUERS = {
        "Ministry of Health (Viet Nam)", "World Health Organization", "UNICEF", "Tien Giang CDC",
        "National Institute of Nutrition", "La Leche League International"};

    /** One article's language-independent shape, shared by the English article and its translation. */
    private record Plan(int index, String section, String id, String published, List<String> authors,
                        List<String> topics, List<String> audience, List<String> sources, List<SectionPlan> sections) {}

    /** One `##` section: how many paragraphs and sentences, which citations, which checklist items. */
    private record SectionPlan(int[] sentencesPerParagraph, List<String> paragraphCitations,
                               List<ItemPlan> items, boolean alert, boolean table) {}

    /** One checklist task item: its id, attributes and optional citation. */
    private record ItemPlan(String id, String frequency, String who, String topic, String citation) {}

    /** The text side of one language: its words, sentence lengths and labels. */
    private record Language(String code, Vocabulary words, int minSentence, int maxSentence, String[] tableHeader) {}

    private final long seed;
    private final boolean withHugo;
    private final Language english;
    private final Language vietnamese;

    private CorpusGenerator(long seed, boolean withHugo) {
        this.seed = seed;
        this.withHugo = withHugo;
        this.english = new Language("en", Vocabulary.english(new Random(seed ^ 0x454eL)), 7, 14,
                new String[] {"Age", "Amount", "How often"});
        this.vietnamese = new Language("vi", Vocabulary.vietnamese(new Random(seed ^ 0x5649L)), 10, 20,
                new String[] {"Tuổi", "Lượng", "Bao lâu một lần"});
    }

    public static void main(String[] args) throws IOException {
        int perLanguage = -1;
        Path out = null;
        long seed = DEFAULT_SEED;
        boolean withHugo = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles-per-lang" -> perLanguage = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-hugo" -> withHugo = false;
                default -> usage("unknown option " + args[i]);
            }
        }
        if (perLanguage < 1 || out == null) {
            usage("--articles-per-lang N (N >= 1) and --out DIR are required");
        }
        long start = System.nanoTime();
        new CorpusGenerator(seed, withHugo).write(perLanguage, out);
        System.out.printf(Locale.ROOT, "Generated %d articles (%d en + %d vi) in %s (%.1f s)%n",
                2 * perLanguage, perLanguage, perLanguage, out, (System.nanoTime() - start) / 1e9);
    }

    private static void usage(String problem) {
        System.err.println("CorpusGenerator: " + problem);
        System.err.println("usage: java bench/CorpusGenerator.java --articles-per-lang N --out DIR [--seed S] [--no-hugo]");
        System.err.println("writes DIR/guidepost (a Guidepost site) and, unless --no-hugo, DIR/hugo (the same Markdown as a Hugo site)");
        System.exit(2);
    }

    private void write(int perLanguage, Path out) throws IOException {
        Path guidepost = out.resolve("guidepost");
        Path hugo = out.resolve("hugo");
        deleteRecursively(out);
        writeFile(guidepost.resolve("content/site.yaml"), siteYaml());
        writeFile(guidepost.resolve("content/sources.yaml"), sourcesYaml());
        if (withHugo) {
            writeFile(hugo.resolve("hugo.toml"), hugoConfig());
            HugoLayouts.write(hugo.resolve("layouts/_default"));
        }
        for (int i = 1; i <= perLanguage; i++) {
            Plan plan = plan(i);
            writeArticle(plan, english, guidepost, hugo);
            writeArticle(plan, vietnamese, guidepost, hugo);
        }
        for (int c = 1; c <= CHECKLISTS; c++) {
            writeFile(guidepost.resolve("content/checklists/checklist-" + c + ".yaml"), checklistYaml(c, perLanguage));
        }
    }

    /**
     * A checklist as editors write them: the items of a handful of articles spread over the corpus, in three
     * sections by frequency (Hugo has no counterpart; the peers build no checklists).
     */
    private static String checklistYaml(int number, int perLanguage) {
        StringBuilder articles = new StringBuilder();
        for (int j = 0; j < ARTICLES_PER_CHECKLIST; j++) {
            int index = 1 + (number + j * Math.max(1, perLanguage / ARTICLES_PER_CHECKLIST)) % perLanguage;
            articles.append(j == 0 ? "" : ", ").append("article-").append(index);
        }
        return "weight: " + number + "\n"
                + "title: {en: Checklist " + number + ", vi: Danh sách " + number + "}\n"
                + "intro: {en: What to do from eight guides., vi: Những việc cần làm từ tám bài hướng dẫn.}\n"
                + "articles: [" + articles + "]\n"
                + "sections:\n"
                + "  - title: {en: Every day, vi: Hằng ngày}\n"
                + "    frequencies: [daily]\n"
                + "  - title: {en: Every night, vi: Mỗi đêm}\n"
                + "    frequencies: [every-night]\n"
                + "  - title: {en: Everything else, vi: Các việc khác}\n";
    }

    private void writeArticle(Plan plan, Language language, Path guidepost, Path hugo) {
        Random random = new Random(seed * 31 + plan.index() * 2L + (language == english ? 0 : 1));
        String title = language.words().title(random);
        String summary = language.words().sentence(random, 14, 24);
        String body = body(plan, language, random);
        String slug = Slugs.of(title) + "-" + plan.index();
        String relative = language.code() + "/" + plan.section() + "/" + slug + ".md";
        writeFile(guidepost.resolve("content/" + relative), guidepostFrontMatter(plan, language, title, summary) + body);
        if (withHugo) {
            writeFile(hugo.resolve("content/" + relative), hugoFrontMatter(plan, title, summary) + body);
        }
    }

    private Plan plan(int index) {
        Random random = new Random(seed * 17 + index);
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        String published = String.format(Locale.ROOT, "%d-%02d-%02d",
                2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<String> authors = pick(random, AUTHORS, 1 + random.nextInt(2));
        List<String> topics = pick(random, TOPICS, 1 + random.nextInt(3));
        List<String> audience = pick(random, AUDIENCES, 1 + random.nextInt(2));
        List<String> sources = pick(random, sourceKeys(), 1 + random.nextInt(3));
        List<SectionPlan> sections = new ArrayList<>();
        int itemNumber = 0;
        int sectionCount = 4 + random.nextInt(3);
        for (int s = 0; s < sectionCount; s++) {
            int[] sentences = new int[2 + random.nextInt(2)];
            List<String> citations = new ArrayList<>();
            for (int p = 0; p < sentences.length; p++) {
                sentences[p] = 2 + random.nextInt(3);
                citations.add(random.nextInt(3) == 0 ? "" : citation(random));
            }
            List<ItemPlan> items = new ArrayList<>();
            int itemCount = random.nextInt(3) == 0 ? 0 : 2 + random.nextInt(3);
            for (int t = 0; t < itemCount; t++) {
                items.add(new ItemPlan("item-" + index + "-" + ++itemNumber,
                        FREQUENCIES[random.nextInt(FREQUENCIES.length)], WHO[random.nextInt(WHO.length)],
                        topics.get(random.nextInt(topics.size())), random.nextBoolean() ? citation(random) : ""));
            }
            sections.add(new SectionPlan(sentences, citations, items, random.nextInt(8) == 0, random.nextInt(12) == 0));
        }
        return new Plan(index, section, "article-" + index, published, authors, topics, audience, sources, sections);
    }

    private static String citation(Random random) {
        String key = "src-" + (1 + random.nextInt(SOURCE_COUNT));
        return random.nextInt(5) == 0 ? "[@" + key + ", p. " + (1 + random.nextInt(200)) + "]" : "[@" + key + "]";
    }

    private static String body(Plan plan, Language language, Random random) {
        StringBuilder md = new StringBuilder();
        md.append(language.words().sentence(random, 16, 28)).append("\n\n");
        for (SectionPlan section : plan.sections()) {
            md.append("## ").append(language.words().title(random)).append("\n\n");
            for (int p = 0; p < section.sentencesPerParagraph().length; p++) {
                for (int s = 0; s < section.sentencesPerParagraph()[p]; s++) {
                    if (s > 0) {
                        md.append(' ');
                    }
                    md.append(language.words().sentence(random, language.minSentence(), language.maxSentence()));
                }
                String cite = section.paragraphCitations().get(p);
                if (!cite.isEmpty()) {
                    md.setLength(md.length() - 1);
                    md.append(' ').append(cite).append('.');
                }
                md.append("\n\n");
            }
            if (section.alert()) {
                md.append("> [!NOTE]\n> ")
                        .append(language.words().sentence(random, 10, 16)).append("\n\n");
            }
            if (section.table()) {
                String[] header = language.tableHeader();
                md.append("| ").append(String.join(" | ", header)).append(" |\n|---|---|---|\n");
                for (int row = 0; row < 3; row++) {
                    md.append("| ").append(row * 3).append('–').append(row * 3 + 3).append(" | ")
                            .append(language.words().phrase(random, 2)).append(" | ")
                            .append(language.words().phrase(random, 3)).append(" |\n");
                }
                md.append('\n');
            }
            for (ItemPlan item : section.items()) {
                String text = language.words().sentence(random, 5, 10);
                md.append("- [ ] ").append(text, 0, text.length() - 1);
                if (!item.citation().isEmpty()) {
                    md.append(' ').append(item.citation());
                }
                md.append(" {#").append(item.id()).append(' ').append(item.frequency())
                        .append(" who=").append(item.who()).append(" topic=").append(item.topic()).append("}\n");
            }
            if (!section.items().isEmpty()) {
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String guidepostFrontMatter(Plan plan, Language language, String title, String summary) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("id: ").append(plan.id()).append('\n');
        yaml.append("title: \"").append(title).append("\"\n");
        yaml.append("summary: \"").append(summary).append("\"\n");
        if (language.code().equals("en")) {
            yaml.append("authors:\n");
            for (String author : plan.authors()) {
                int credential = Math.floorMod(author.hashCode(), CREDENTIALS.length + 1);
                if (credential == CREDENTIALS.length) {
                    yaml.append("  - ").append(author).append('\n');
                } else {
                    yaml.append("  - name: ").append(author).append("\n    credential: ")
                            .append(CREDENTIALS[credential]).append('\n');
                }
            }
            yaml.append("published: ").append(plan.published()).append('\n');
            yaml.append("topics: [").append(String.join(", ", plan.topics())).append("]\n");
            yaml.append("audience: [").append(String.join(", ", plan.audience())).append("]\n");
            yaml.append("sources: [").append(String.join(", ", plan.sources())).append("]\n");
        } else {
            yaml.append("translation:\n  from: en\n  source_hash: PENDING\n  reviewed_by: null\n");
        }
        return yaml.append("---\n\n").toString();
    }

    private static String hugoFrontMatter(Plan plan, String title, String summary) {
        return "---\n"
                + "title: \"" + title + "\"\n"
                + "summary: \"" + summary + "\"\n"
                + "date: " + plan.published() + "\n"
                + "translationKey: " + plan.id() + "\n"
                + "authors: [" + String.join(", ", plan.authors()) + "]\n"
                + "topics: [" + String.join(", ", plan.topics()) + "]\n"
                + "sources: [" + String.join(", ", plan.sources()) + "]\n"
                + "---\n\n";
    }

    private static String siteYaml() {
        return """
                title: Family health guidance
                default_language: en
                languages:
                  - code: en
                    name: English
                    direction: ltr
                    title: Family health guidance
                  - code: vi
                    name: Tiếng Việt
                    title: Hướng dẫn sức khỏe gia đình
                """;
    }

    private String sourcesYaml() {
        Random random = new Random(seed ^ 0x5352L);
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= SOURCE_COUNT; i++) {
            String type = SOURCE_TYPES[i % SOURCE_TYPES.length];
            yaml.append("src-").append(i).append(":\n");
            yaml.append("  type: ").append(type).append('\n');
            yaml.append("  title: \"").append(english.words().title(random)).append("\"\n");
            if (type.equals("blog post") || type.equals("article")) {
                yaml.append("  authors: [").append(String.join(", ", pick(random, AUTHORS, 1 + random.nextInt(3))))
                        .append("]\n");
            } else {
                yaml.append("  issuer: ").append(ISSUERS[random.nextInt(ISSUERS.length)]).append('\n');
            }
            yaml.append("  date: ").append(2005 + random.nextInt(20)).append('\n');
            if (type.equals("web page") || type.equals("blog post")) {
                yaml.append("  url: https://example.org/guidance/").append(i).append('\n');
                yaml.append("  accessed: 2024-04-28\n");
            }
            yaml.append("  language: ").append(i % 3 == 0 ? "vi" : "en").append('\n');
        }
        return yaml.toString();
    }

    private static String hugoConfig() {
        return """
                # Hugo twin of the Guidepost benchmark site: same Markdown, minimal templates.
                baseURL = "https://example.org/"
                title = "Family health guidance"
                defaultContentLanguage = "en"
                defaultContentLanguageInSubdir = true
                disableKinds = ["taxonomy", "term", "RSS"]
                pluralizeListTitles = false

                [languages.en]
                languageName = "English"
                contentDir = "content/en"
                weight = 1
                title = "Family health guidance"

                [languages.vi]
                languageName = "Tiếng Việt"
                contentDir = "content/vi"
                weight = 2
                title = "Hướng dẫn sức khỏe gia đình"

                [markup.goldmark.renderer]
                unsafe = false
                """;
    }

    private static List<String> sourceKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= SOURCE_COUNT; i++) {
            keys.add("src-" + i);
        }
        return keys;
    }

    private static List<String> pick(Random random, String[] from, int count) {
        return pick(random, Arrays.asList(from), count);
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(chosen);
    }

    static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    /** A word list with a Zipf-like frequency: a hand-written head of common words and a generated long tail. */
    static final class Vocabulary {
        private final String[] words;
        private final double[] cumulative;

        private Vocabulary(List<String> head, List<String> tail) {
            List<String> all = new ArrayList<>(new LinkedHashSet<>(head));
            all.addAll(tail.stream().filter(w -> !head.contains(w)).collect(Collectors.toList()));
            words = all.toArray(String[]::new);
            cumulative = new double[words.length];
            double sum = 0;
            for (int rank = 0; rank < words.length; rank++) {
                sum += 1.0 / Math.pow(rank + 2.7, 1.05);
                cumulative[rank] = sum;
            }
        }

        String word(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return words[index >= 0 ? index : Math.min(-index - 1, words.length - 1)];
        }

        String phrase(Random random, int count) {
            StringBuilder text = new StringBuilder(word(random));
            for (int i = 1; i < count; i++) {
                text.append(' ').append(word(random));
            }
            return text.toString();
        }

        String sentence(Random random, int min, int max) {
            String text = phrase(random, min + random.nextInt(max - min + 1));
            return capitalize(text) + ".";
        }

        String title(Random random) {
            return capitalize(phrase(random, 3 + random.nextInt(4)));
        }

        private static String capitalize(String text) {
            int first = text.codePointAt(0);
            return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
        }

        static Vocabulary english(Random random) {
            List<String> head = List.of(("the of and to a in is for your baby it that with be on as can milk "
                    + "or are if you this feed breast mother child at by from not more day when an should each "
                    + "water health after before every food weeks months doctor help sleep care hours body "
                    + "feeding breastfeeding newborn infant nurse midwife clinic hospital family father support "
                    + "drink eat rest warm clean wash hands skin contact latch position nipple supply demand "
                    + "weight growth fever cough rash diarrhoea vomiting dehydration sign danger urgent call "
                    + "visit check measure record vaccine vaccination dose schedule iron vitamin calcium protein "
                    + "fruit vegetables rice fish eggs beans meat soup porridge salt sugar oil fat energy "
                    + "pregnancy pregnant labour birth delivery postpartum recovery bleeding pain stress mood "
                    + "depression anxiety partner home community worker advice guide leaflet information safe "
                    + "safely gently slowly often usually always never sometimes most some many few small "
                    + "large first second third night morning evening week month year age old young new "
                    + "good better best normal common rare serious mild severe early late long short enough "
                    + "about around between during within without into over under through until while because "
                    + "so but also then than very much little other same different important useful simple "
                    + "keep give take make use hold put try start stop continue increase reduce avoid prevent "
                    + "protect treat notice feel know need want see ask tell show learn follow choose change "
                    + "bottle formula expressed pump storage fridge cup spoon towel blanket cot bed room air "
                    + "temperature thermometer soap toilet nappy diaper bath teeth gums mouth tongue eyes ears "
                    + "nose head belly cord stump jaundice colic reflux allergy asthma anaemia malnutrition "
                    + "stunting wasting zinc oral rehydration solution ors antibiotic medicine tablet syrup").split(" "));
            String[] prefixes = {"", "hypo", "hyper", "neo", "peri", "post", "pre", "micro", "anti", "endo",
                "intra", "para", "poly", "mono", "dys", "pro"};
            String[] roots = {"natal", "gluc", "lact", "ferr", "thyr", "cardi", "derm", "gastr", "hepat",
                "nephr", "immun", "oxyt", "prolact", "mamm", "ovar", "uter", "placent", "fet", "gest",
                "nutr", "calc", "sodi", "kal", "bili", "pneum", "bronch", "enter", "col", "rhin", "ot"};
            String[] suffixes = {"ic", "al", "osis", "itis", "emia", "ase", "ine", "ation", "ology", "ity",
                "oid", "ism"};
            List<String> tail = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String root : roots) {
                    for (String suffix : suffixes) {
                        tail.add(prefix + root + suffix);
                    }
                }
            }
            Collections.shuffle(tail, random);
            return new Vocabulary(head, tail);
        }

        static Vocabulary vietnamese(Random random) {
            List<String> head = List.of(("và của cho là có không em bé mẹ sữa bú con được trong khi với "
                    + "các những một người này đã sẽ nên cần ngày tháng tuần giờ nước ăn uống ngủ nghỉ "
                    + "sức khỏe bác sĩ y tá nữ hộ sinh bệnh viện trạm y tế gia đình cha bà ông chăm sóc "
                    + "dinh dưỡng thai kỳ sinh đẻ sau trước mỗi lần nhiều ít hơn rất cũng thì nếu vì để "
                    + "thức ăn rau quả cá trứng thịt cháo cơm muối đường dầu mỡ sắt canxi vitamin đạm "
                    + "sốt ho tiêu chảy nôn mất nước dấu hiệu nguy hiểm khẩn cấp khám cân đo tiêm chủng "
                    + "vắc xin liều lịch sạch rửa tay da tiếp xúc ngậm bắt vú tư thế núm lượng nhu cầu "
                    + "tăng giảm tránh phòng ngừa bảo vệ điều trị thấy biết muốn hỏi học theo chọn đổi "
                    + "bình bú bình sữa công thức vắt trữ tủ lạnh cốc thìa khăn chăn giường phòng không khí "
                    + "nhiệt độ nhiệt kế xà phòng nhà vệ sinh tã tắm răng lợi miệng lưỡi mắt tai mũi đầu "
                    + "bụng rốn vàng da đau bụng trào ngược dị ứng hen thiếu máu suy dinh dưỡng thấp còi "
                    + "kẽm ô-rê-dôn thuốc kháng sinh viên siro lo âu trầm cảm căng thẳng tâm trạng chồng "
                    + "cộng đồng hướng dẫn thông tin an toàn nhẹ nhàng chậm thường luôn đôi khi đầu tiên "
                    + "thứ hai ban đêm buổi sáng buổi tối năm tuổi mới tốt bình thường hiếm nặng sớm muộn "
                    + "dài ngắn đủ khoảng giữa trong suốt qua đến vì vậy nhưng rồi quan trọng hữu ích đơn giản "
                    + "giữ đưa lấy làm dùng bế đặt thử bắt đầu dừng tiếp tục chú ý cảm thấy cần thiết").split(" "));
            String[] onsets = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng",
                "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
            String[][] nuclei = {
                {"a", "à", "á", "ả", "ã", "ạ"}, {"ă", "ằ", "ắ", "ẳ", "ẵ", "ặ"}, {"â", "ầ", "ấ", "ẩ", "ẫ", "ậ"},
                {"e", "è", "é", "ẻ", "ẽ", "ẹ"}, {"ê", "ề", "ế", "ể", "ễ", "ệ"}, {"i", "ì", "í", "ỉ", "ĩ", "ị"},
                {"o", "ò", "ó", "ỏ", "õ", "ọ"}, {"ô", "ồ", "ố", "ổ", "ỗ", "ộ"}, {"ơ", "ờ", "ớ", "ở", "ỡ", "ợ"},
                {"u", "ù", "ú", "ủ", "ũ", "ụ"}, {"ư", "ừ", "ứ", "ử", "ữ", "ự"}};
            String[] codas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"};
            List<String> tail = new ArrayList<>();
            for (String onset : onsets) {
                for (String[] nucleus : nuclei) {
                    for (int tone = 0; tone < 6; tone++) {
                        for (String coda : codas) {
                            if (plausible(onset, nucleus[0], tone, coda)) {
                                tail.add(onset + nucleus[tone] + coda);
                            }
                        }
                    }
                }
            }
            Collections.shuffle(tail, random);
            return new Vocabulary(head, tail.subList(0, 6000));
        }

        /** A rough filter of Vietnamese spelling rules, enough for syllables that look like the language. */
        private static boolean plausible(String onset, String vowel, int tone, String coda) {
            boolean front = vowel.equals("e") || vowel.equals("ê") || vowel.equals("i");
            boolean checked = coda.equals("c") || coda.equals("ch") || coda.equals("p") || coda.equals("t");
            boolean shortVowel = vowel.equals("ă") || vowel.equals("â");
            if (onset.equals("k") != front && (onset.equals("k") || onset.equals("c"))) {
                return false;
            }
            if (checked && tone != 2 && tone != 5) {
                return false;
            }
            if (shortVowel && coda.isEmpty()) {
                return false;
            }
            if ((coda.equals("ch") || coda.equals("nh")) && !(vowel.equals("a") || vowel.equals("ê") || vowel.equals("i"))) {
                return false;
            }
            return !(coda.equals("i") || coda.equals("o") || coda.equals("u")) || !vowel.equals(coda);
        }
    }

    /** File-name slugs: diacritics folded (đ → d), lowercase ASCII words joined by dashes. */
    static final class Slugs {
        static String of(String title) {
            String folded = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String[] parts = slug.split("-");
            return String.join("-", Arrays.copyOf(parts, Math.min(parts.length, 5)));
        }
    }

    /** Minimal Hugo templates: a base page, an article page and a list page, like Guidepost's default theme. */
    static final class HugoLayouts {
        static void write(Path dir) {
            writeFile(dir.resolve("baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="{{ .Site.Language.Lang }}">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ .Title }} · {{ .Site.Title }}</title>
                    <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
                    </head>
                    <body>
                    <header>
                    <a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
                    <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
                    </header>
                    <main>{{ block "main" . }}{{ end }}</main>
                    <footer>{{ .Site.Title }}</footer>
                    </body>
                    </html>
                    """);
            writeFile(dir.resolve("single.html"), """
                    {{ define "main" }}
                    <article data-pagefind-body>
                    <h1>{{ .Title }}</h1>
                    <p class="summary">{{ .Params.summary }}</p>
                    <p class="meta">{{ delimit .Params.authors ", " }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
                    {{ .Content }}
                    <ul class="topics">{{ range .Params.topics }}<li>{{ . }}</li>{{ end }}</ul>
                    </article>
                    {{ end }}
                    """);
            writeFile(dir.resolve("list.html"), """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <ul>
                    {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>
                    {{ end }}</ul>
                    {{ end }}
                    """);
        }
    }
}
