package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Case and accent folding (ICU), for every language but Russian. */
@NamedComponent("verbatim_folding")
public class FoldingFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.folding(in);
    }
}
