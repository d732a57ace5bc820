package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Spanish light stemming: plurals and gender. */
@NamedComponent("verbatim_spanish_stem")
public class SpanishStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.spanishStem(in);
    }
}
