package io.verbatim.analysis;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** A tokenizer followed by a chain of {@link AnalysisChains}; the same chain normalises query terms. */
final class ChainAnalyzer extends Analyzer {

    private final Supplier<Tokenizer> tokenizer;
    private final UnaryOperator<TokenStream> chain;

    private ChainAnalyzer(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> chain) {
        this.tokenizer = tokenizer;
        this.chain = chain;
    }

    static Analyzer standard(UnaryOperator<TokenStream> chain) {
        return new ChainAnalyzer(StandardTokenizer::new, chain);
    }

    static Analyzer icu(UnaryOperator<TokenStream> chain) {
        return new ChainAnalyzer(ICUTokenizer::new, chain);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, chain.apply(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
