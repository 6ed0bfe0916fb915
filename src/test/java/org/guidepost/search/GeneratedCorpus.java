package org.guidepost.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded en+vi corpus of ~5 KB pages whose words follow a Zipf-like law, for tests that need a site of realistic shape. */
final class GeneratedCorpus {

    private static final String ENGLISH_HEAD = "baby milk feed breast mother child day water health doctor sleep care feeding "
            + "breastfeeding newborn nurse clinic family supply latch position nipple weight growth fever rash night jaundice "
            + "vaccine iron vitamin rice fish eggs soup pregnancy birth pain rest warm clean hands skin contact bottle cup";
    private static final String ENGLISH_FILLER = "the of and to a in is for your it that with be on as can or are if you this";
    private static final String VIETNAMESE_HEAD = "và của cho là có không em bé mẹ sữa bú con được trong khi với các những một "
            + "người ngày nước ăn uống ngủ bác sĩ y tá bệnh viện gia đình chăm sóc dinh dưỡng sốt ho tiêu chảy vàng da "
            + "tiêm chủng rửa tay vú ngậm bắt núm lượng nhu cầu đêm sáng trẻ sơ sinh";
    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "s", "t", "th", "tr", "v", "x"};
    private static final String[] NUCLEI = {"a", "à", "á", "ả", "ạ", "ă", "â", "ấ", "e", "é", "ê", "ế", "i", "í", "o", "ó", "ô", "ố", "ơ", "ớ",
        "u", "ú", "ư", "ừ", "y"};
    private static final String[] CODAS = {"", "", "n", "ng", "nh", "c", "t", "m", "p", "i", "u"};

    private GeneratedCorpus() {
    }

    /** {@code perLanguage} English and as many Vietnamese pages, the same for the same arguments. */
    static List<SearchDocument> documents(int perLanguage, long seed) {
        Random random = new Random(seed);
        List<String> english = vocabulary(ENGLISH_HEAD, random, true);
        List<String> vietnamese = vocabulary(VIETNAMESE_HEAD, random, false);
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < perLanguage; i++) {
            documents.add(page("en", i, english, random));
            documents.add(page("vi", i, vietnamese, random));
        }
        return documents;
    }

    private static SearchDocument page(String lang, int number, List<String> words, Random random) {
        StringBuilder body = new StringBuilder();
        List<String> headings = new ArrayList<>();
        while (body.length() < 5000) {
            if (random.nextInt(10) == 0) {
                headings.add(sentence(words, 3, random));
            }
            body.append(sentence(words, 8 + random.nextInt(12), random)).append(". ");
        }
        return new SearchDocument(lang, lang + "/guides/page-" + number + "/index.html", sentence(words, 4, random),
                sentence(words, 16, random) + ".", headings, body.toString().strip(),
                List.of("Topic " + random.nextInt(10), "Topic " + (10 + random.nextInt(10))), List.of("Source " + random.nextInt(50)));
    }

    private static String sentence(List<String> words, int length, Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < length; w++) {
            int rank = (int) Math.floor(Math.pow(words.size(), random.nextDouble())) - 1;
            out.append(w == 0 ? "" : " ").append(words.get(Math.min(words.size() - 1, rank)));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static List<String> vocabulary(String head, Random random, boolean english) {
        List<String> words = new ArrayList<>();
        for (String word : head.split(" ")) {
            words.add(word);
            if (english && random.nextInt(3) == 0) {
                words.addAll(List.of(ENGLISH_FILLER.split(" ")).subList(0, 1 + random.nextInt(3)));
            }
        }
        while (words.size() < 6000) {
            words.add(english ? englishWord(random) : ONSETS[random.nextInt(ONSETS.length)] + NUCLEI[random.nextInt(NUCLEI.length)]
                    + CODAS[random.nextInt(CODAS.length)]);
        }
        return words;
    }

    private static String englishWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 4 + random.nextInt(6); i < length; i++) {
            word.append(i % 2 == 1 ? "aeiou".charAt(random.nextInt(5)) : "bcdfghklmnprstvz".charAt(random.nextInt(16)));
        }
        return word.toString();
    }
}
