package io.verbatim.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** CJK bigrams, for recall where word segmentation errs. */
@NamedComponent("verbatim_cjk_bigram")
public class CjkBigramFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return AnalysisChains.cjkBigrams(in);
    }
}
