package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Arabic normalisation and light stemming of the article, particles and suffixes. */
@NamedComponent("verbatim_arabic")
public class ArabicFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.arabic(in);
    }
}
