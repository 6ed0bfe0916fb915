package org.guidepost.checklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns a checklist's print HTML into a tagged PDF (PDF/UA mode) with the font embedded, deterministically: no
 * creation date, and a document id derived from the HTML, so the same input gives the same bytes.
 */
final class ChecklistPdfRenderer {

    /** The CSS font-family name the print template uses. */
    static final String FONT_FAMILY = "Guidepost Sans";

    private final PdfFont font;
    /** Held so java.util.logging keeps the level set on it (it forgets loggers nobody references). */
    private final Logger pdfboxLogger = Logger.getLogger("org.apache.pdfbox");

    ChecklistPdfRenderer(PdfFont font) {
        this.font = font;
        pdfboxLogger.setLevel(Level.SEVERE);
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    byte[] render(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument(); TrueTypeFont regular = withoutSubstitutions(font.regular())) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("Guidepost")
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            Optional<TrueTypeFont> bold = font.boldFace().map(ChecklistPdfRenderer::withoutSubstitutions);
            try {
                if (bold.isPresent()) {
                    builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold.get(), true)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
                }
                builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.layout();
                    renderer.createPDFWithoutClosing();
                    document.getDocumentInformation().getCOSObject().removeItem(COSName.CREATION_DATE);
                    document.getDocumentInformation().getCOSObject().removeItem(COSName.MOD_DATE);
                    document.getDocument().setDocumentID(documentId(html));
                    document.save(out);
                }
            } finally {
                if (bold.isPresent()) {
                    bold.get().close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The font with its glyph substitutions (ligatures) off: PDFBox rebuilds its substitution rules for every string it
     * shows, which took three quarters of a PDF's time, and a ligature glyph maps back to no letter, so text copied or
     * read aloud from the PDF would lose letters. Checklist text needs neither (Vietnamese letters are precomposed).
     */
    private static TrueTypeFont withoutSubstitutions(Path file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }

    private static COSArray documentId(String html) {
        try {
            byte[] digest = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray id = new COSArray();
            id.addAll(List.of(new COSString(digest), new COSString(digest)));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
