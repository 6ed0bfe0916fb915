package org.guidepost.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/** Chooses the analysis chain for a language: by the analyzer name from site.yaml, else by the language code. */
public final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    /** A fresh analyzer for the language; {@code analyzerName} (may be null) overrides the default for {@code code}. */
    public static Analyzer forLanguage(String code, String analyzerName) {
        return new LanguageAnalyzer(profile(code, analyzerName));
    }

    /** The profile for the language; an unknown analyzer name is an error, an unknown code falls back to "standard". */
    public static AnalyzerProfile profile(String code, String analyzerName) {
        String name = analyzerName != null ? analyzerName.toLowerCase(Locale.ROOT) : defaultName(code);
        return switch (name) {
            case "english" -> new AnalyzerProfile(name, Segmentation.WORDS, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                    stream -> new PorterStemFilter(new EnglishPossessiveFilter(stream)));
            case "french" -> new AnalyzerProfile(name, Segmentation.WORDS, FrenchAnalyzer.getDefaultStopSet(),
                    stream -> new FrenchLightStemFilter(new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES)));
            case "spanish" -> new AnalyzerProfile(name, Segmentation.WORDS, SpanishAnalyzer.getDefaultStopSet(),
                    stream -> new SpanishLightStemFilter(stream));
            case "german" -> new AnalyzerProfile(name, Segmentation.WORDS, GermanAnalyzer.getDefaultStopSet(),
                    stream -> new GermanLightStemFilter(new GermanNormalizationFilter(stream)));
            case "portuguese" -> new AnalyzerProfile(name, Segmentation.WORDS, PortugueseAnalyzer.getDefaultStopSet(),
                    stream -> new PortugueseLightStemFilter(stream));
            case "italian" -> new AnalyzerProfile(name, Segmentation.WORDS, ItalianAnalyzer.getDefaultStopSet(),
                    stream -> new ItalianLightStemFilter(stream));
            case "dutch" -> new AnalyzerProfile(name, Segmentation.WORDS, DutchAnalyzer.getDefaultStopSet(),
                    stream -> new SnowballFilter(stream, new DutchStemmer()));
            case "swedish" -> new AnalyzerProfile(name, Segmentation.WORDS, SwedishAnalyzer.getDefaultStopSet(),
                    stream -> new SwedishLightStemFilter(stream));
            case "russian" -> new AnalyzerProfile(name, Segmentation.WORDS, RussianAnalyzer.getDefaultStopSet(),
                    stream -> new RussianLightStemFilter(stream));
            case "indonesian" -> new AnalyzerProfile(name, Segmentation.WORDS, IndonesianAnalyzer.getDefaultStopSet(),
                    stream -> new IndonesianStemFilter(stream));
            case "arabic" -> new AnalyzerProfile(name, Segmentation.WORDS, ArabicAnalyzer.getDefaultStopSet(),
                    stream -> new ArabicStemFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(stream))));
            case "persian" -> new AnalyzerProfile(name, Segmentation.WORDS, PersianAnalyzer.getDefaultStopSet(),
                    stream -> new PersianNormalizationFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(stream))));
            case "vietnamese", "standard" -> new AnalyzerProfile(name, Segmentation.WORDS, CharArraySet.EMPTY_SET, stream -> stream);
            case "thai", "lao", "khmer", "myanmar" -> new AnalyzerProfile(name, Segmentation.DICTIONARY, CharArraySet.EMPTY_SET, stream -> stream);
            case "cjk" -> new AnalyzerProfile(name, Segmentation.CJK_BIGRAMS, CharArraySet.EMPTY_SET, stream -> stream);
            default -> throw new IllegalArgumentException("Unknown search analyzer '" + analyzerName + "' for language '" + code
                    + "'. Use one of: english, french, spanish, german, portuguese, italian, dutch, swedish, russian, indonesian, "
                    + "arabic, persian, vietnamese, thai, lao, khmer, myanmar, cjk, standard.");
        };
    }

    private static String defaultName(String code) {
        String primary = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "en" -> "english";
            case "fr" -> "french";
            case "es" -> "spanish";
            case "de" -> "german";
            case "pt" -> "portuguese";
            case "it" -> "italian";
            case "nl" -> "dutch";
            case "sv" -> "swedish";
            case "ru" -> "russian";
            case "id" -> "indonesian";
            case "ar" -> "arabic";
            case "fa" -> "persian";
            case "vi" -> "vietnamese";
            case "th" -> "thai";
            case "lo" -> "lao";
            case "km" -> "khmer";
            case "my" -> "myanmar";
            case "zh", "ja", "ko" -> "cjk";
            default -> "standard";
        };
    }
}
