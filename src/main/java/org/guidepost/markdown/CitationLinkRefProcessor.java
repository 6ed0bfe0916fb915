package org.guidepost.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Optional;

/** Claims bracket references whose text is a citation ({@code [@key]}) and turns them into {@link CitationNode}s. */
final class CitationLinkRefProcessor implements LinkRefProcessor {

    /** Creates the processor for each parsed document. */
    static final class Factory implements LinkRefProcessorFactory {

        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new CitationLinkRefProcessor();
        }
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    /** The bracket last matched and its keys: flexmark asks {@link #isMatch} first, then {@link #createNode} for the same text. */
    private String matchedInside;
    private List<CitationSyntax.CitedKey> matchedKeys;

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        if (nodeChars.length() <= 3 || nodeChars.charAt(1) != '@') {
            return false;
        }
        String inside = inside(nodeChars);
        Optional<List<CitationSyntax.CitedKey>> keys = CitationSyntax.parse(inside);
        keys.ifPresent(found -> {
            matchedInside = inside;
            matchedKeys = found;
        });
        return keys.isPresent();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        String inside = inside(nodeChars);
        List<CitationSyntax.CitedKey> keys = inside.equals(matchedInside) ? matchedKeys : CitationSyntax.parse(inside).orElseThrow();
        return new CitationNode(nodeChars, keys);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return BasedSequence.NULL;
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        node.removeChildren();
    }

    private static String inside(BasedSequence nodeChars) {
        return nodeChars.subSequence(1, nodeChars.length() - 1).toString();
    }
}
