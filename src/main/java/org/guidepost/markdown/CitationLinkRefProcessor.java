package org.guidepost.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return nodeChars.length() > 3 && nodeChars.charAt(1) == '@' && CitationSyntax.parse(inside(nodeChars)).isPresent();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new CitationNode(nodeChars, CitationSyntax.parse(inside(nodeChars)).orElseThrow());
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

    private static BasedSequence inside(BasedSequence nodeChars) {
        return nodeChars.subSequence(1, nodeChars.length() - 1);
    }
}
