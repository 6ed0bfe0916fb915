package org.guidepost.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs Guidepost's citations, renderers, heading ids and table classes into flexmark's parser and renderer. */
final class GuidepostFlexmarkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no parser options of its own
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.linkRefProcessorFactory(new CitationLinkRefProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no renderer options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(options -> new GuidepostNodeRenderer());
        renderer.htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new AssignedHeadingIds();
            }

            @Override
            public HtmlIdGenerator create() {
                return new AssignedHeadingIds();
            }
        });
        renderer.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new TableAlignmentClasses();
            }
        });
    }
}
