package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** French light stemming: plurals, feminine forms and common suffixes. */
@NamedComponent("verbatim_french_stem")
public class FrenchStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.frenchStem(in);
    }
}
