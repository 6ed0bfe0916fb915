package org.guidepost.checklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Guidepost")
                .useFont(font.regular().toFile(), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        font.boldFace().ifPresent(bold -> builder.useFont(bold.toFile(), FONT_FAMILY, 700, FontStyle.NORMAL, true));
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            document.getDocumentInformation().getCOSObject().removeItem(COSName.CREATION_DATE);
            document.getDocumentInformation().getCOSObject().removeItem(COSName.MOD_DATE);
            document.getDocument().setDocumentID(documentId(html));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
