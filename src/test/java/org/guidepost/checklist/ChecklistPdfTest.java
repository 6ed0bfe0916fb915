package org.guidepost.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidepost.cli.CliRun;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.BuildResult;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist PDFs of the sample site: extractable English and Vietnamese text, tagged, fonts embedded, same bytes every time. */
class ChecklistPdfTest {

    static final Path SITE = Path.of("").toAbsolutePath();

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("public");
        BuildResult result = SiteBuilders.standard().build(new BuildOptions(SITE, out, false, LocalDate.of(2026, 11, 21)), Progress.SILENT);
        assertTrue(result.published(), () -> result.diagnostics().toString());
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void vietnameseItemsKeepTheirDiacritics() throws IOException {
        String text = text(out.resolve("vi/checklists/milk-supply/milk-supply-vi.pdf"));
        for (String expected : List.of("Tăng lượng sữa mẹ", "Uống khoảng 2,5–3 lít nước mỗi ngày", "Ăn thêm khoảng 500 kcal mỗi ngày, chia làm 3–6 bữa",
                "Cho con bú ngay sau khi sinh", "Dùng phễu hút sữa đúng cỡ", "Ngay sau khi sinh", "Nguồn tài liệu", "Chưa được nhân viên y tế thẩm định",
                "vi/huong-dan/giai-phap-tang-tiet-sua/")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void englishItemsSourcesAndArticleAddressesAreExtractable() throws IOException {
        String text = text(out.resolve("en/checklists/milk-supply/milk-supply-en.pdf"));
        for (String expected : List.of("Increasing your milk supply", "Drink about 2.5–3 litres of water a day [1]", "Use correctly fitted pump flanges [2]",
                "Ministry of Health (Viet Nam). Nurturing young children. 2015.", "Breastfeeding guidance",
                "en/guides/increase-milk-supply/", "Not yet reviewed by a health professional")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(text(out.resolve("en/checklists/daily-care/daily-care-en.pdf")).contains("Food and drink"));
    }

    @Test
    void thePdfIsTaggedTitledInItsLanguageAndEmbedsItsFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(out.resolve("vi/checklists/milk-supply/milk-supply-vi.pdf").toFile())) {
            assertEquals("Tăng lượng sữa mẹ · Hướng dẫn nuôi con bằng sữa mẹ", document.getDocumentInformation().getTitle());
            assertEquals("vi", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null);
            assertEquals(null, document.getDocumentInformation().getCreationDate());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path again = temp.resolve("again");
        assertTrue(SiteBuilders.standard().build(new BuildOptions(SITE, again, false, LocalDate.of(2026, 11, 21)), Progress.SILENT).published());
        for (String pdf : List.of("en/checklists/milk-supply/milk-supply-en.pdf", "vi/checklists/daily-care/daily-care-vi.pdf")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(pdf)), Files.readAllBytes(again.resolve(pdf)), pdf);
        }
    }

    @Test
    void withoutAFontTheBuildSaysWhichDebianPackageToInstall() {
        SiteBuilder.Checked checked = SiteBuilders.standard().check(new BuildOptions(SITE, temp.resolve("unused"), false, LocalDate.of(2026, 11, 21)));
        Diagnostics diagnostics = new Diagnostics();
        List<PdfFont> nowhere = List.of(new PdfFont("Nowhere Sans", temp.resolve("no-such-font.ttf"), null));
        new ChecklistPublisher(checked.site().orElseThrow(), checked.theme().orElseThrow(), nowhere).write(new OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                assertFalse(path.endsWith(".pdf"), "no PDF without a font: " + path);
            }

            @Override
            public void copy(String path, Path source) {
            }
        }, diagnostics);
        Diagnostic error = diagnostics.sorted().get(0);
        assertEquals("pdf-font", error.code());
        assertTrue(error.isError());
        assertTrue(error.hint().contains("fonts-noto-core"), error.hint());
    }

    @Test
    void theCommandLineWritesEachFormat() throws IOException {
        CliRun markdown = CliRun.of("checklist", "daily-care", "--site", SITE.toString(), "--lang", "vi", "--format", "md");
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().startsWith("# Chăm sóc hằng ngày\n"), markdown.out());
        assertTrue(markdown.out().contains("- [ ] Uống khoảng 2,5–3 lít nước mỗi ngày [1]\n"), markdown.out());
        CliRun text = CliRun.of("checklist", "milk-supply", "--site", SITE.toString(), "--format", "txt");
        assertTrue(text.out().contains("[ ] Breastfeed your baby immediately after birth [1]\n"), text.out());
        CliRun html = CliRun.of("checklist", "milk-supply", "--site", SITE.toString(), "--lang", "en", "--format", "html");
        assertTrue(html.out().contains("<html lang=\"en\"") && !html.out().contains("<script"), html.out());
        Path pdf = temp.resolve("cli.pdf");
        CliRun written = CliRun.of("checklist", "milk-supply", "--site", SITE.toString(), "--lang", "vi", "--format", "pdf", "-o", pdf.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("vi/checklists/milk-supply/milk-supply-vi.pdf")), Files.readAllBytes(pdf));
        CliRun unknown = CliRun.of("checklist", "milk", "--site", SITE.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("use one of: milk-supply, daily-care"), unknown.err());
        assertFalse(unknown.err().contains("Exception"), unknown.err());
    }
}
