package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** French elision: {@code l'Union} and {@code l’Union} give {@code Union}. */
@NamedComponent("verbatim_elision")
public class ElisionFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.elision(in);
    }
}
